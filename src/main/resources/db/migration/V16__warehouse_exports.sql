-- Warehouse exports: runs that replace the day partitions of the warehouse's feedback table, and the record of
-- what each day's partition holds. A run exports its days in order; last_day_done is the checkpoint from which
-- any instance resumes after a crash. One instance works a run at a time: it holds the lease (owner,
-- heartbeat_at); a run whose heartbeat is older than 30 s may be taken over. version is the optimistic lock.
create table warehouse_export_run (
    id             uuid primary key,
    database_name  varchar(128) not null,   -- the Hive database of the feedback table
    first_day      date         not null,
    last_day       date         not null,
    trigger        varchar(16)  not null,   -- SCHEDULED or BACKFILL
    scheduled_for  date,                    -- the day a SCHEDULED run was queued for
    requested_by   varchar(255),            -- who asked for a BACKFILL
    created_at     timestamptz  not null,
    status         varchar(16)  not null,   -- QUEUED, RUNNING, CANCELLING, CANCELLED, DONE, FAILED
    last_day_done  date,
    rows_exported  bigint       not null default 0,
    resumes        integer      not null default 0,
    error          text,
    started_at     timestamptz,
    finished_at    timestamptz,
    owner          varchar(255),
    heartbeat_at   timestamptz,
    version        bigint       not null default 0
);

create index warehouse_export_run_by_database on warehouse_export_run (database_name, created_at);
-- every instance tries to queue the daily run; this lets exactly one through per day
create unique index warehouse_export_run_daily on warehouse_export_run (database_name, scheduled_for)
    where scheduled_for is not null;

-- The last export of each day: its partition holds rows_exported feedback since exported_at.
create table warehouse_exported_day (
    database_name  varchar(128) not null,
    day            date         not null,
    rows_exported  bigint       not null,
    exported_at    timestamptz  not null,
    run_id         uuid         not null,
    primary key (database_name, day)
);
