-- Imported bank and EDI payment files and the payments they carried. A file is recorded once by the
-- SHA-256 of its bytes, accepted or rejected: re-importing it finds this row and changes nothing.
create schema if not exists extraction;

create table extraction.payment_file (
    id              uuid primary key,
    sha256          char(64)    not null,
    file_name       text,
    format          text        not null,
    status          text        not null check (status in ('ACCEPTED', 'REJECTED')),
    -- why a rejected file was refused (record, expected vs found); null when accepted
    reason          text,
    warnings        text[]      not null default '{}',
    payment_count   integer     not null check (payment_count >= 0),
    imported_by     text        not null,
    received_at     timestamptz not null,
    -- the original bytes; null only when the raw store refused them (e.g. an empty file)
    raw_document_id uuid references extraction.raw_document (id),
    constraint payment_file_sha256_key unique (sha256),
    constraint payment_file_reason check ((status = 'REJECTED') = (reason is not null)),
    constraint payment_file_rejected_empty check (status = 'ACCEPTED' or payment_count = 0)
);

create table extraction.payment (
    -- the parser's deterministic id (<format>-<file sha prefix>-<position>)
    id              text primary key,
    file_id         uuid          not null references extraction.payment_file (id),
    position        integer       not null,
    value_date      date          not null,
    amount          numeric(19,4) not null,
    currency        char(3)       not null,
    payer_name      text,
    payer_account   text,
    reference_text  text          not null,
    status          text          not null default 'UNAPPLIED' check (status in ('UNAPPLIED', 'APPLIED')),
    constraint payment_file_position_key unique (file_id, position)
);

-- matching picks up unapplied payments oldest value date first
create index payment_unapplied_idx on extraction.payment (value_date, id) where status = 'UNAPPLIED';

create table extraction.payment_remittance_line (
    payment_id        text          not null references extraction.payment (id),
    position          integer       not null,
    invoice_reference text          not null,
    invoice_date      date,
    -- one currency per line: a remittance line states its figures in the payment's currency
    currency          char(3),
    gross_amount      numeric(19,4),
    discount_amount   numeric(19,4),
    deduction_amount  numeric(19,4),
    deduction_reason  text,
    paid_amount       numeric(19,4),
    primary key (payment_id, position),
    constraint remittance_line_currency check (currency is not null or
        (gross_amount is null and discount_amount is null and deduction_amount is null and paid_amount is null))
);

create index payment_remittance_invoice_idx on extraction.payment_remittance_line (invoice_reference);
