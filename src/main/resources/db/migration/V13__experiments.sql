-- A/B tests (issue 9, docs/experiments.md). One row per experiment: the aggregate's state, its design, phases
-- and conclusion as JSON text (plain Java in the model; infrastructure maps it), and the columns queries need.
-- layer_name / layer_from / layer_to: its slot in its layer (buckets from..to of 10,000); status RUNNING or
-- PAUSED holds the slot. Starting and resuming lock the layer (pg_advisory_xact_lock) and re-check the held
-- slots in the same transaction, so two experiments cannot take overlapping traffic even when started at once.
-- version: optimistic locking - a command saved on a stale version is refused and retried by nobody.
create table experiment (
    id          uuid          primary key,
    key         varchar(64)   not null,
    product     varchar(64)   not null,
    owner       varchar(64)   not null,
    status      varchar(12)   not null,
    design      text          not null,
    phases      text          not null,
    conclusion  text,
    layer_name  varchar(64)   not null,
    layer_from  integer       not null,
    layer_to    integer       not null,
    version     integer       not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    constraint experiment_key_unique unique (key),
    constraint experiment_status check (status in ('DRAFT', 'RUNNING', 'PAUSED', 'STOPPED', 'CONCLUDED')),
    constraint experiment_design check (jsonb_typeof(design::jsonb) = 'object'),
    constraint experiment_phases check (jsonb_typeof(phases::jsonb) = 'array'),
    constraint experiment_layer_range check (0 <= layer_from and layer_from < layer_to and layer_to <= 10000)
);
create index experiment_layer_held on experiment (layer_name) where status in ('RUNNING', 'PAUSED');
create index experiment_recent on experiment (updated_at desc, id);

-- What happened to each experiment, in order: the events its commands returned (designed, started, paused,
-- allocation changed with its phase, concluded with decision and rationale...). The decision record.
create table experiment_event (
    experiment_id  uuid          not null references experiment (id) on delete cascade,
    seq            integer       not null,
    kind           varchar(32)   not null,
    by_user        varchar(64)   not null,
    at             timestamptz   not null,
    detail         text,
    primary key (experiment_id, seq)
);
