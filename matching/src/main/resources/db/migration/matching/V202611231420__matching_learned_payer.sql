-- what analysts taught the matcher about payers: a bank account or a payer name as printed on the
-- payment belongs to a customer. Read back whenever the matcher's index is rebuilt, so learning
-- survives upserts and restarts. The latest confirmation of an account or name wins.
create table matching.learned_payer (
    kind        text not null check (kind in ('ACCOUNT', 'NAME')),
    value       text not null,
    customer_id text not null references matching.customer (customer_id),
    learned_by  text not null,
    learned_at  timestamptz not null,
    primary key (kind, value)
);
