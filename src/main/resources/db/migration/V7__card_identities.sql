-- Who a chat user is in VOC (docs/cards.md "Callbacks"): a click on a card button comes with the chat's own
-- user id (Slack's U..., a Lark app's open_id ou_..., a webhook receiver's user name), and acts for the VOC
-- user an admin linked it to. provider: slack, lark or webhook (Teams links sign in to VOC instead).
-- A VOC user may have several chat identities; a chat identity belongs to one VOC user. Users are disabled,
-- never deleted, so the reference holds; a disabled user's clicks are refused.
create table card_identity (
    provider    varchar(16)  not null,
    external_id varchar(200) not null,
    user_id     uuid         not null references voc_user (id),
    linked_by   varchar(64)  not null,
    linked_at   timestamptz  not null,
    primary key (provider, external_id),
    constraint card_identity_provider check (provider in ('slack', 'lark', 'webhook'))
);
create index card_identity_user on card_identity (user_id);
