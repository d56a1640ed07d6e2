create schema if not exists matching;

-- customers as the ERP exports them; aliases and bank accounts '|'-separated (as in customers.csv)
create table matching.customer (
    customer_id   text primary key,
    name          text not null,
    aliases       text not null default '',
    bank_accounts text not null default '',
    updated_at    timestamptz not null
);

-- open receivables; version goes up on every change so an application proposed against an older
-- state is refused (optimistic check)
create table matching.open_item (
    customer_id     text not null references matching.customer (customer_id),
    document_number text not null,
    document_type   text not null check (document_type in ('INVOICE', 'CREDIT_MEMO')),
    po_number       text,
    issue_date      date not null,
    due_date        date not null,
    terms           text not null,
    currency        char(3) not null,
    original_amount numeric(19, 4) not null,
    open_amount     numeric(19, 4) not null,
    version         bigint not null default 1,
    updated_at      timestamptz not null,
    primary key (customer_id, document_number)
);

-- one row per payment applied (at most once: the primary key), with what was left on account
create table matching.applied_payment (
    payment_id       text primary key,
    proposal_id      uuid not null,
    currency         char(3) not null,
    amount           numeric(19, 4) not null,
    unapplied_amount numeric(19, 4) not null,
    applied_by       text not null,
    applied_at       timestamptz not null
);

-- one row per allocation of an applied payment to an open item
create table matching.application (
    id               uuid primary key,
    payment_id       text not null references matching.applied_payment (payment_id),
    proposal_id      uuid not null,
    customer_id      text not null,
    document_number  text not null,
    currency         char(3) not null,
    applied_amount   numeric(19, 4) not null,
    discount_amount  numeric(19, 4) not null,
    deduction_amount numeric(19, 4) not null,
    deduction_reason text,
    created_at       timestamptz not null,
    foreign key (customer_id, document_number) references matching.open_item (customer_id, document_number)
);
create index application_item on matching.application (customer_id, document_number);
