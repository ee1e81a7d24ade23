-- Cards in chat (issue 7, docs/cards.md): channels, their subscriptions, alerts, the delivery outbox and
-- the callbacks already applied. Enums are stored by name with a check, as in voc_user.role.

-- A team's chat. The URL (a webhook's path is its credential) and both secrets are stored sealed
-- (AES-256-GCM, "v1:" + Base64; key VOC_CARDS_SECRET_KEY, outside the database), each bound to
-- "channel:<id>:<field>" so a value copied into another row or column does not open. url_shown: the URL
-- cut to scheme and host, in clear, so lists open no secret (and a channel whose values no longer open -
-- a lost key - can still be seen and deleted). owner: the username
-- of the user who made it (users are disabled, never deleted). products: all_products or the keys listed.
create table card_channel (
    id              uuid         primary key,
    name            varchar(100) not null,
    kind            varchar(16)  not null,
    url_sealed      text         not null,
    url_shown       varchar(300) not null,
    signing_sealed  text,
    callback_sealed text,
    owner           varchar(64)  not null,
    all_products    boolean      not null,
    products        text[]       not null default '{}',
    disabled        boolean      not null default false,
    created_at      timestamptz  not null,
    constraint card_channel_kind check (kind in ('SLACK', 'LARK', 'TEAMS', 'WEBHOOK')),
    constraint card_channel_grant check (not all_products or cardinality(products) = 0),
    -- nothing in clear by mistake: every secret column holds a sealed value or nothing
    constraint card_channel_sealed check (url_sealed like 'v1:%'
        and (signing_sealed is null or signing_sealed like 'v1:%')
        and (callback_sealed is null or callback_sealed like 'v1:%'))
);
create index card_channel_owner on card_channel (owner);

-- What a channel asks to hear about: event kinds (EventKind names) about some of its products. Goes with
-- its channel.
create table card_subscription (
    id           uuid        primary key,
    channel_id   uuid        not null references card_channel (id) on delete cascade,
    events       text[]      not null,
    all_products boolean     not null,
    products     text[]      not null default '{}',
    created_by   varchar(64) not null,
    created_at   timestamptz not null,
    constraint card_subscription_events check (cardinality(events) > 0
        and events <@ array['ALERT_FIRED', 'EMERGING_ISSUE', 'DIGEST', 'EXPERIMENT_RESULT']),
    constraint card_subscription_grant check (not all_products or cardinality(products) = 0)
);
create index card_subscription_channel on card_subscription (channel_id);

-- An alert and what the team did about it (io.voc.card.model.Alert). event: what raised it (EventKind),
-- which its cards show again after a button changed it. link: a path inside VOC. The facts a card shows
-- (label: value) are two arrays of equal length, in order. Who acknowledged, is assigned or
-- resolved: usernames. The checks keep the status and its "by whom" together.
create table card_alert (
    id              uuid          primary key,
    product         varchar(64)   not null,
    event           varchar(32)   not null,
    title           varchar(200)  not null,
    detail          varchar(2000),
    link            varchar(2000),
    fact_labels     text[]        not null default '{}',
    fact_values     text[]        not null default '{}',
    raised_at       timestamptz   not null,
    status          varchar(16)   not null,
    acknowledged_by varchar(64),
    assignee        varchar(64),
    resolved_by     varchar(64),
    muted_until     timestamptz,
    updated_at      timestamptz   not null,
    constraint card_alert_event check (event in ('ALERT_FIRED', 'EMERGING_ISSUE', 'DIGEST', 'EXPERIMENT_RESULT')),
    constraint card_alert_status check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    constraint card_alert_acknowledged check (status <> 'ACKNOWLEDGED' or acknowledged_by is not null),
    constraint card_alert_resolved check (status <> 'RESOLVED' or resolved_by is not null),
    constraint card_alert_facts check (cardinality(fact_labels) = cardinality(fact_values))
);
create index card_alert_product on card_alert (product, raised_at desc);

-- The outbox: one card (event: the kind of card it carries) on its way to one channel, written in the transaction that raised (or changed) the
-- alert, so a state change and its deliveries commit together or not at all. A dispatcher claims due rows
-- with FOR UPDATE SKIP LOCKED and leases them (leased_by: its instance, leased_until): another instance
-- takes them over once the lease has run out, e.g. after a crash mid-send. The receiver may then see a
-- card twice; the delivery id it carries lets it drop the repeat. Deliveries go with their channel.
create table card_delivery (
    id              uuid          primary key,
    channel_id      uuid          not null references card_channel (id) on delete cascade,
    alert_id        uuid          not null references card_alert (id),
    event           varchar(32)   not null,
    status          varchar(16)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz,
    last_response   varchar(1200),
    created_at      timestamptz   not null,
    delivered_at    timestamptz,
    leased_by       varchar(100),
    leased_until    timestamptz,
    constraint card_delivery_event check (event in ('ALERT_FIRED', 'EMERGING_ISSUE', 'DIGEST', 'EXPERIMENT_RESULT')),
    constraint card_delivery_status check (status in ('PENDING', 'DELIVERED', 'PARKED')),
    constraint card_delivery_attempts check (attempts >= 0),
    -- only a pending delivery is due at some time; only a delivered one has a delivery time
    constraint card_delivery_due check ((status = 'PENDING') = (next_attempt_at is not null)),
    constraint card_delivery_delivered check ((status = 'DELIVERED') = (delivered_at is not null)),
    constraint card_delivery_lease check ((leased_by is null) = (leased_until is null))
);
-- "due now": pending rows by due time; the partial index stays small however long the log grows
create index card_delivery_due on card_delivery (next_attempt_at) where status = 'PENDING';
-- the delivery log, newest first, for all channels and per channel
create index card_delivery_log on card_delivery (created_at desc, id desc);
create index card_delivery_channel on card_delivery (channel_id, created_at desc);
create index card_delivery_alert on card_delivery (alert_id);

-- Callbacks already applied, by the provider's own event id (Slack's trigger, Lark's event id, ...):
-- providers deliver a callback again when VOC answers slowly, and a button must apply once. Inserted in
-- the transaction that applies the action. Rows older than a few days can be purged: providers retry
-- within minutes, and a signed callback older than 5 minutes is refused anyway.
create table card_callback (
    provider    varchar(16)  not null,
    event_id    varchar(200) not null,
    received_at timestamptz  not null,
    primary key (provider, event_id)
);
create index card_callback_received on card_callback (received_at);
