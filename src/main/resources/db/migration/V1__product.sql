-- Products the platform has received feedback for. Grows with display names, owners and
-- access scopes when accounts arrive.
create table product (
    key           varchar(64) primary key,
    first_seen_at timestamptz not null,
    last_seen_at  timestamptz not null
);
