-- Schedules can be switched off and on (issue 8). active_since: when the schedule was made or last switched on;
-- it is due only for slots after it, so switching a schedule back on never replays the slots it missed while
-- off (an alert silenced by switching off must not arrive the moment it is switched on).
alter table query_schedule add column active_since timestamptz;
update query_schedule set active_since = created_at;
alter table query_schedule alter column active_since set not null;
