create schema if not exists governance;

-- The append-only, hash-chained audit log (docs/adr/001-audit-hash-chain.md).
create table governance.audit_event (
    sequence        bigint      primary key check (sequence > 0),
    occurred_at     timestamptz not null,
    actor           text        not null,
    action          text        not null,
    subject         text        not null,
    status_before   text,
    status_after    text,
    payload_hash    text,
    policy_version  text,
    correlation_id  text,
    previous_hash   text        not null,
    hash            text        not null unique
);

create index audit_event_subject_idx on governance.audit_event (subject, sequence);
create index audit_event_actor_idx on governance.audit_event (actor, sequence);
create index audit_event_occurred_at_idx on governance.audit_event (occurred_at);

-- Shared by every append-only table in this schema: history is added to, never rewritten.
create function governance.refuse_rewrite() returns trigger
    language plpgsql as $$
begin
    raise exception '%.% is append-only: % refused', tg_table_schema, tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on governance.audit_event
    for each row execute function governance.refuse_rewrite();

create trigger audit_event_no_truncate
    before truncate on governance.audit_event
    for each statement execute function governance.refuse_rewrite();
