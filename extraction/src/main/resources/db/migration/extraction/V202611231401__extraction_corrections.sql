-- Analysts' field corrections (written by the extraction.correct action handler only) and the rules
-- learned from them per sender.
create table extraction.field_correction (
    id             uuid primary key,
    document_id    uuid        not null references extraction.raw_document (id),
    field          text        not null,
    -- index into the result's lines for a line-item field; null for a document field
    line_index     int check (line_index >= 0),
    value          text        not null,
    previous_value text,
    sender_key     text,
    -- where the corrected value stands in the source, when it was found there: {page, box, source_text}
    provenance     jsonb,
    corrected_by   text        not null,
    proposal_id    uuid        not null,
    corrected_at   timestamptz not null
);

create index field_correction_document_idx on extraction.field_correction (document_id, corrected_at);

-- Where a sender's documents hold a field, learned from where a corrected value stood in the source:
-- the label next to it and on which side. The latest correction for a sender, type and field wins.
create table extraction.learned_rule (
    sender_key        text        not null,
    document_type     text        not null,
    field             text        not null,
    label             text        not null,
    relation          text        not null check (relation in ('RIGHT', 'BELOW', 'INLINE')),
    learned_from      uuid        not null references extraction.raw_document (id),
    correction_id     uuid        not null references extraction.field_correction (id),
    learned_at        timestamptz not null,
    primary key (sender_key, document_type, field)
);
