-- User profiles imported from the warehouse (its user_profile table), joined with feedback by user id.
-- import_id: the import that last saw the row; an import that read every row removes the rows it did not see.
create table user_profile (
    user_id        varchar(128) primary key,
    country        varchar(64),
    age_band       varchar(64),
    device_tier    varchar(64),
    tenure_days    integer,
    membership     varchar(64),
    activity_level varchar(64),
    import_id      uuid        not null,
    imported_at    timestamptz not null
);

create index user_profile_by_import on user_profile (import_id);

-- Profile imports: scheduled ones have the slot 'scheduled:<period number>' (unique: one instance runs each
-- period's refresh), requested ones 'requested:<id>'. rejections: the first 20 rejected rows as JSON.
create table profile_import (
    id            uuid primary key,
    slot          varchar(128) not null unique,
    requested_by  varchar(255),
    created_at    timestamptz  not null,
    status        varchar(16)  not null,   -- QUEUED, RUNNING, DONE, FAILED
    owner         varchar(255),
    started_at    timestamptz,
    heartbeat_at  timestamptz,
    finished_at   timestamptz,
    rows_read     bigint       not null default 0,
    rows_imported bigint       not null default 0,
    rows_removed  bigint       not null default 0,
    rows_rejected bigint       not null default 0,
    rejections    text         not null default '[]',
    error         text
);

create index profile_import_by_created on profile_import (created_at);
