-- Experiment-result cards (issue 9): a result worth a card - the primary metric significant for a variant, a
-- guardrail harmed by one - is announced once per experiment, phase and signal. The primary key is the claim:
-- every instance that finds the signal inserts with "on conflict do nothing", and only the one whose insert
-- made the row raises the alert (as query_schedule_run does for slots). alert_id: the card module's alert.
create table experiment_notice (
    experiment_id  uuid          not null references experiment (id) on delete cascade,
    phase          integer       not null,
    signal         varchar(200)  not null,
    noticed_at     timestamptz   not null,
    alert_id       uuid,
    primary key (experiment_id, phase, signal)
);
