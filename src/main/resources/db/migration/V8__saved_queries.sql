-- Saved queries (issue 8, docs/saved-queries.md): the current state of each query and every version of it.
-- owner, created_by, updated_by, changed_by: usernames (users are disabled, never deleted). A query is shared
-- with the roles (Role names) and usernames listed; both empty: private. definition: the query definition
-- as canonical JSON text (its meaning is the query model's); kept as text so a version shows exactly what
-- was saved, checked to be a JSON object.
create table query_saved (
    id            uuid          primary key,
    name          varchar(100)  not null,
    description   varchar(2000),
    definition    text          not null,
    owner         varchar(64)   not null,
    shared_roles  text[]        not null default '{}',
    shared_users  text[]        not null default '{}',
    version       integer       not null,
    created_at    timestamptz   not null,
    created_by    varchar(64)   not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(64)   not null,
    -- a person's queries have distinct names, so "run my 'login crashes'" means one query
    constraint query_saved_name unique (owner, name),
    constraint query_saved_version check (version >= 1),
    constraint query_saved_definition check (jsonb_typeof(definition::jsonb) = 'object'),
    constraint query_saved_roles check (shared_roles <@ array['VIEWER', 'ANALYST', 'ADMIN'])
);
create index query_saved_owner on query_saved (owner, updated_at desc);
-- "shared with me": by username, by role
create index query_saved_shared_users on query_saved using gin (shared_users);
create index query_saved_changed on query_saved (updated_at desc, id);

-- Every version: who made it, when, what changed (created, name, description, definition, sharing), and the
-- query as of that version. Written in the transaction that writes the new current row. Goes with its query.
create table query_version (
    query_id      uuid          not null references query_saved (id) on delete cascade,
    version       integer       not null,
    changed_by    varchar(64)   not null,
    changed_at    timestamptz   not null,
    changed       text[]        not null,
    name          varchar(100)  not null,
    description   varchar(2000),
    definition    text          not null,
    shared_roles  text[]        not null default '{}',
    shared_users  text[]        not null default '{}',
    primary key (query_id, version),
    constraint query_version_changed check (cardinality(changed) > 0
        and changed <@ array['CREATED', 'NAME', 'DESCRIPTION', 'DEFINITION', 'SHARING'])
);
