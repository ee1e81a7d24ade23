-- Exposures and metric events (issue 9, docs/experiments.md "Exposures and metric events"). Both arrive through
-- Kafka (apps, or the bulk API publishing there) and are stored once per event id: the consumer inserts with
-- "on conflict do nothing", so a batch read again after a crash, or a body posted twice, changes nothing, and the
-- first event with an id wins.

-- One row per exposure event. Results use each user's FIRST exposure per (experiment, phase), computed when read;
-- every event is kept, so a user exposed to two variants in one phase (an app bug) stays visible and is counted in
-- neither. phase: the one the app sent, else the one running at exposed_at (never the phase current at reading).
create table experiment_exposure (
    event_id       varchar(100)  primary key,
    experiment_id  uuid          not null references experiment (id) on delete cascade,
    phase          integer       not null check (phase >= 1),
    user_id        varchar(200)  not null,
    variant        varchar(32)   not null,
    exposed_at     timestamptz   not null,
    received_at    timestamptz   not null default now()
);
create index experiment_exposure_phase_user on experiment_exposure (experiment_id, phase, user_id, exposed_at);

-- What users did, for event metrics (revenue, conversion...). Not tied to an experiment: an event counts for
-- every experiment its user was exposed to before it, in the experiment's product (product null: any product).
create table experiment_metric_event (
    event_id     varchar(100)      primary key,
    user_id      varchar(200)      not null,
    product      varchar(64),
    metric       varchar(64)       not null,
    value        double precision  not null,
    at           timestamptz       not null,
    received_at  timestamptz       not null default now()
);
create index experiment_metric_event_user on experiment_metric_event (metric, user_id, at);
