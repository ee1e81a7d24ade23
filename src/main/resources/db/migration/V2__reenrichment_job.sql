-- Re-enrichment jobs: the current NLP model re-run over stored feedback documents. The checkpoint (the
-- last feedback id done, documents are visited in id order) lets any instance resume after a crash.
-- One instance works a job at a time: it holds the lease (owner, heartbeat_at) and renews it with every
-- page; a job whose heartbeat is older than 30 s may be taken over. version is the optimistic lock.
create table reenrichment_job (
    id               uuid primary key,
    index_alias      varchar(255) not null,   -- the read alias of the documents the job covers
    scope            varchar(16)  not null,   -- ALL or OUTDATED
    product          varchar(64),
    created_at       timestamptz  not null,
    target_version   varchar(64),             -- set when a worker starts the job
    status           varchar(16)  not null,   -- QUEUED, RUNNING, CANCELLING, CANCELLED, DONE, FAILED
    total            bigint       not null default 0,
    done             bigint       not null default 0,
    checkpoint       varchar(64),
    resumes          integer      not null default 0,
    error            text,
    started_at       timestamptz,
    finished_at      timestamptz,
    run_started_at   timestamptz,             -- this run (start or takeover): the rate and ETA count from here
    run_started_done bigint       not null default 0,
    owner            varchar(255),
    heartbeat_at     timestamptz,
    version          bigint       not null default 0
);

create index reenrichment_job_by_alias on reenrichment_job (index_alias, created_at);
