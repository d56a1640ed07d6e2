-- What is known about each stored e-mail beyond its bytes: who forwarded it, the customer it came from,
-- and what happened to each of its attachments (stored as child documents, or refused and why).
create table extraction.email_message (
    document_id     uuid primary key references extraction.raw_document (id),
    message_id      text,
    subject         text,
    sender_address  text,
    sender_name     text,
    customer_address text,
    customer_name   text,
    -- how the customer was found: SENDER (not forwarded), ATTACHED_MESSAGE, GMAIL, OUTLOOK, ORIGINAL_MESSAGE
    customer_from   text        not null,
    attachments     int         not null,
    refused         jsonb       not null default '[]',
    unreadable      text,
    stored_at       timestamptz not null
);

create index email_message_customer_idx on extraction.email_message (lower(customer_address));

-- The intake mailbox's own ledger: one row per message taken from the IMAP mailbox. The key is the
-- Message-ID when the message has one, else the SHA-256 of its bytes, so a re-fetch after a crash
-- (or the same message delivered twice) finds this row instead of storing again.
create table extraction.mailbox_message (
    dedup_key    text primary key,
    message_id   text,
    sha256       char(64)    not null,
    document_id  uuid references extraction.raw_document (id),
    status       text        not null check (status in ('STORED', 'FAILED')),
    reason       text,
    folder       text        not null,
    deliveries   int         not null default 1,
    first_seen   timestamptz not null,
    last_seen    timestamptz not null
);

create index mailbox_message_status_idx on extraction.mailbox_message (status);
