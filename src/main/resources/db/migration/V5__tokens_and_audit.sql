-- API tokens (issue 5). Only the SHA-256 of the secret is stored: the secret is 256 random bits, so a
-- fast hash is enough, and a copy of this table opens nothing. products: all_products or the keys listed.
create table voc_api_token (
    id           uuid primary key,
    owner_id     uuid         not null references voc_user (id),
    name         varchar(100) not null,
    secret_hash  varchar(64)  not null,
    scopes       text[]       not null,
    all_products boolean      not null,
    products     text[]       not null default '{}',
    expires_at   timestamptz,
    created_at   timestamptz  not null,
    created_by   uuid         not null references voc_user (id),
    revoked_at   timestamptz,
    last_used_at timestamptz,
    constraint voc_api_token_secret_unique unique (secret_hash),
    constraint voc_api_token_grant check (not all_products or cardinality(products) = 0)
);
create index voc_api_token_owner on voc_api_token (owner_id);

-- What happened to access: sign-ins (also failed ones), sign-outs, token use, admin actions. Append only.
create table voc_audit (
    id         bigserial    primary key,
    at         timestamptz  not null,
    actor_id   uuid,
    actor      varchar(64),
    action     varchar(40)  not null,
    target     varchar(200),
    detail     varchar(1000),
    remote     varchar(64)
);
create index voc_audit_at on voc_audit (at desc);
