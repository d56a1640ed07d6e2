-- People who log in (form login) and the API keys of machine clients.
create schema if not exists security;

create table security.app_user (
    id            uuid primary key,
    username      text        not null,
    password_hash text        not null,  -- bcrypt
    role          text        not null check (role in ('ANALYST', 'SUPERVISOR', 'ADMIN')),
    enabled       boolean     not null default true,
    demo          boolean     not null default false,
    created_at    timestamptz not null,
    constraint app_user_username_key unique (username)
);

create table security.api_key (
    id          uuid primary key,
    name        text        not null,
    -- SHA-256 (hex) of the whole key: keys are 256-bit random, so a fast hash is safe and allows lookup
    key_hash    char(64)    not null,
    -- the first characters of the key, so people can tell keys apart without seeing the secret
    key_prefix  text        not null,
    scopes      text[]      not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    revoked_by  text,
    revoked_at  timestamptz,
    constraint api_key_hash_key unique (key_hash)
);

-- one active key per name, so "orchestrator" means one thing; a revoked name can be reused
create unique index api_key_active_name_key on security.api_key (name) where revoked_at is null;
