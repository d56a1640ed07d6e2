-- a reversal is a new fact next to the application it undoes: nothing of the application is edited
create table matching.reversal (
    payment_id  text primary key references matching.applied_payment (payment_id),
    proposal_id uuid not null,
    reason      text not null,
    reversed_by text not null,
    reversed_at timestamptz not null
);
