-- Schedules and alerts of saved queries (issue 8, docs/saved-queries.md#schedules-and-alerts).
-- A schedule runs its saved query on a 5-field Unix cron in a time zone and alerts when the condition holds on
-- one number of the result (metric op value), or on its change against the same query one window earlier
-- (change_over: 24h, 7d, 1w; null: no comparison). A query may have several; they go with it.
create table query_schedule (
    id            uuid              primary key,
    query_id      uuid              not null references query_saved (id) on delete cascade,
    cron          varchar(100)      not null,
    time_zone     varchar(64)       not null,
    metric        varchar(20)       not null,
    op            varchar(2)        not null,
    value         double precision  not null,
    change_over   varchar(8),
    enabled       boolean           not null,
    created_at    timestamptz       not null,
    created_by    varchar(64)       not null,
    constraint query_schedule_metric check (metric in ('COUNT', 'SHARE_NEGATIVE', 'AVG_SENTIMENT')),
    constraint query_schedule_op check (op in ('>', '>=', '<', '<='))
);
create index query_schedule_query on query_schedule (query_id, created_at);
-- what the trigger walks every 30 s on every instance
create index query_schedule_enabled on query_schedule (id) where enabled;

-- One row per slot a schedule ran in. The primary key (schedule_id, slot) is the lease: an instance that finds
-- a slot due inserts its row with "on conflict do nothing", and only the instance whose insert succeeded runs
-- the slot. PostgreSQL's unique index admits exactly one row per key whatever the number of instances, their
-- clocks or their timing (a second insert waits for the first's transaction and then conflicts), so a slot
-- runs at most once. The claim is committed before the query runs: an instance that dies after claiming
-- leaves the row with no outcome and that slot is lost - nobody else may take it, because nobody can know
-- whether the dead one already raised the alert. A missed alert shows in the history as a claim without an
-- outcome; a doubled one would page a team twice. The next slot runs as usual.
-- outcome: null while running (or lost), then FIRED (condition held, alert raised), NOT_FIRED, or FAILED
-- (the query could not run: error says why). current_value / previous_value: the metric now and one window
-- earlier (null: nothing to measure). alert_id: the card module's alert, when fired.
create table query_schedule_run (
    schedule_id     uuid              not null references query_schedule (id) on delete cascade,
    slot            timestamptz       not null,
    claimed_by      varchar(200)      not null,
    claimed_at      timestamptz       not null,
    outcome         varchar(10),
    finished_at     timestamptz,
    current_value   double precision,
    previous_value  double precision,
    alert_id        uuid,
    error           varchar(2000),
    primary key (schedule_id, slot),
    constraint query_schedule_run_outcome check (outcome in ('FIRED', 'NOT_FIRED', 'FAILED')),
    constraint query_schedule_run_finished check ((outcome is null) = (finished_at is null))
);
-- the alert history: newest fired first
create index query_schedule_run_fired on query_schedule_run (slot desc) where outcome = 'FIRED';
