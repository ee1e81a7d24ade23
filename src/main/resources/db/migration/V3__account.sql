-- Users of VOC (issue 5). A user is disabled rather than deleted. role: VIEWER < ANALYST < ADMIN.
-- The products a user may see: all_products, or the keys in products (product.key values; not a
-- foreign key, as a grant may name a product before its first feedback arrives).
-- password_hash is a bcrypt hash ($2a$...), never the password.
create table voc_user (
    id            uuid primary key,
    username      varchar(64)  not null,
    display_name  varchar(100) not null,
    role          varchar(16)  not null,
    all_products  boolean      not null,
    products      text[]       not null default '{}',
    password_hash varchar(100) not null,
    disabled      boolean      not null default false,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    constraint voc_user_username_unique unique (username),
    constraint voc_user_username_shape check (username ~ '^[a-z0-9._-]{3,64}$'),
    constraint voc_user_role check (role in ('VIEWER', 'ANALYST', 'ADMIN')),
    constraint voc_user_grant check (not all_products or cardinality(products) = 0)
);
