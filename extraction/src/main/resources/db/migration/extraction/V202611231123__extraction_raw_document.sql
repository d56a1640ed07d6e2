-- The raw input store: each input is kept once, byte for byte, identified by its SHA-256.
create schema if not exists extraction;

create table extraction.raw_document (
    id          uuid primary key,
    sha256      char(64)    not null,
    size_bytes  bigint      not null check (size_bytes > 0),
    media_type  text        not null,
    file_name   text,
    source      text        not null check (source in ('UPLOAD', 'EMAIL', 'ATTACHMENT')),
    received_by text        not null,
    received_at timestamptz not null,
    parent_id   uuid references extraction.raw_document (id),
    content     bytea       not null,
    -- the content address: a second delivery of the same bytes finds this row instead of adding one
    constraint raw_document_sha256_key unique (sha256)
);

create index raw_document_parent_idx on extraction.raw_document (parent_id) where parent_id is not null;
