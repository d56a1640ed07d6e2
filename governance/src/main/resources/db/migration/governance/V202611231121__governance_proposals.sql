-- Versioned policies: a change inserts a new version; old versions stay to explain old decisions.
create table governance.policy (
    kind                         text             not null,
    version                      integer          not null check (version > 0),
    auto_approve_min_confidence  double precision check (auto_approve_min_confidence between 0 and 1),
    auto_approve_max_amount      numeric(19, 4)   check (auto_approve_max_amount >= 0),
    amount_currency              char(3),
    reject_below_confidence      double precision check (reject_below_confidence between 0 and 1),
    created_by                   text             not null,
    created_at                   timestamptz      not null,
    reason                       text,
    primary key (kind, version),
    check ((auto_approve_max_amount is null) = (amount_currency is null))
);

create trigger policy_no_update_or_delete
    before update or delete on governance.policy
    for each row execute function governance.refuse_rewrite();

-- Every proposed state change, persisted before anything runs.
create table governance.action_proposal (
    id               uuid             primary key,
    idempotency_key  text             not null unique,
    kind             text             not null,
    subject          text             not null,
    payload          jsonb            not null,
    payload_hash     text             not null,
    proposer         text             not null,
    confidence       double precision not null check (confidence between 0 and 1),
    evidence         jsonb            not null default '[]',
    amount           numeric(19, 4),
    currency         char(3),
    status           text             not null check (status in ('PROPOSED', 'PENDING_APPROVAL',
                         'AUTO_APPROVED', 'APPROVED', 'REJECTED', 'EXECUTED', 'FAILED')),
    policy_version   integer,
    decision_reason  text,
    decided_by       text,
    outcome          text,
    failure_reason   text,
    correlation_id   text             not null,
    created_at       timestamptz      not null,
    updated_at       timestamptz      not null,
    check ((amount is null) = (currency is null))
);

create index action_proposal_pending_idx on governance.action_proposal (created_at)
    where status = 'PENDING_APPROVAL';
create index action_proposal_subject_idx on governance.action_proposal (subject, created_at);
