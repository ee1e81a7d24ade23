-- Sign-in (issue 5). Wrong passwords in a row lock the account for a while (SignInThrottle).
alter table voc_user
    add column failed_sign_ins integer     not null default 0,
    add column locked_until    timestamptz,
    add column last_sign_in_at timestamptz;

-- Browser sessions. The cookie holds a random id; only its SHA-256 is stored, so a copy of this
-- table signs nobody in. csrf_token is the synchronizer token every state-changing request of the
-- session must echo. A session ends at expires_at, after idle_timeout without use, or at sign-out.
create table voc_session (
    id_hash      varchar(64) primary key,
    user_id      uuid        not null references voc_user (id),
    csrf_token   varchar(64) not null,
    created_at   timestamptz not null,
    last_seen_at timestamptz not null,
    expires_at   timestamptz not null,
    user_agent   varchar(200)
);
create index voc_session_user on voc_session (user_id);
create index voc_session_expires on voc_session (expires_at);
