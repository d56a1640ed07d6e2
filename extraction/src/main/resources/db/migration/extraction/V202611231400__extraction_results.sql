-- Extraction results of stored documents. Every run is kept: a re-extraction (new extractor version,
-- after corrections) supersedes the current row instead of overwriting it (ADR 002).
create table extraction.extraction_run (
    id                uuid primary key,
    document_id       uuid        not null references extraction.raw_document (id),
    status            text        not null check (status in ('EXTRACTED', 'FAILED')),
    reason            text,
    document_type     text        not null,
    -- the result in the shape of ./clearline extract (document_type, fields, lines, status, reason)
    result            jsonb       not null,
    extractor_version text        not null,
    attempts          int         not null check (attempts > 0),
    started_at        timestamptz not null,
    finished_at       timestamptz not null,
    duration_ms       bigint      not null,
    extracted_at      timestamptz not null,
    superseded_at     timestamptz
);

-- at most one current result per document; history rows carry superseded_at
create unique index extraction_run_current_idx on extraction.extraction_run (document_id) where superseded_at is null;

-- Work in progress: a row exists while a document is being extracted. A process that dies leaves its
-- row behind; once the lease is over the sweep takes the document again and counts the attempt, so a
-- document that kills the extractor every time ends FAILED after the configured number of attempts.
create table extraction.extraction_claim (
    document_id uuid        primary key references extraction.raw_document (id),
    attempts    int         not null check (attempts > 0),
    claimed_by  text        not null,
    claimed_at  timestamptz not null,
    -- why this run was started: STORED, RECOVERED, REEXTRACT
    trigger     text        not null
);
