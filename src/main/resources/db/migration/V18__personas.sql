-- Persona runs: builds of the personas as jobs. phase READING (read/to_read feedback), CLUSTERING, MARKING
-- (marked/to_mark users). One instance works a run: owner and heartbeat_at; a run silent for a whole lease is
-- taken over (resumes + 1), resuming its marking after the users marked.
create table persona_run (
    id            uuid primary key,
    seed          bigint       not null,
    k_min         integer      not null,
    k_max         integer      not null,
    window_from   timestamptz  not null,
    window_to     timestamptz  not null,
    requested_by  varchar(255),
    created_at    timestamptz  not null,
    status        varchar(16)  not null,   -- QUEUED, RUNNING, DONE, FAILED
    phase         varchar(16),
    rows_read     bigint       not null default 0,
    rows_to_read  bigint       not null default 0,
    users_marked  bigint       not null default 0,
    users_to_mark bigint       not null default 0,
    version       bigint,
    resumes       integer      not null default 0,
    owner         varchar(255),
    heartbeat_at  timestamptz,
    error         text,
    started_at    timestamptz,
    finished_at   timestamptz
);

create index persona_run_by_created on persona_run (created_at);

-- Versions of the personas: how they were built and the personas themselves (JSON: key, name, users, traits...).
create table persona_version (
    version       bigserial    primary key,
    run_id        uuid         not null,
    seed          bigint       not null,
    k             integer      not null,
    silhouette    double precision not null,
    silhouettes   text         not null,   -- JSON: k -> mean silhouette, for every k tried
    window_from   timestamptz  not null,
    window_to     timestamptz  not null,
    built_at      timestamptz  not null,
    users         bigint       not null,
    personas      text         not null
);

-- Who belongs to which persona, per version.
create table user_persona (
    version       bigint       not null references persona_version (version) on delete cascade,
    user_id       varchar(128) not null,
    persona_key   varchar(16)  not null,
    primary key (version, user_id)
);

create index user_persona_in_order on user_persona (version, persona_key, user_id);
