create schema if not exists classification;

-- Analysts' (or the orchestrator's) corrections of classifier answers: labelled data for the next
-- model version (Retrain --feedback-db). Written only by the classification.feedback action handler.
create table classification.feedback (
    id              uuid primary key,
    classifier      text        not null,
    text            text        not null,
    predicted_label text,
    correct_label   text        not null,
    model_version   text,
    given_by        text        not null,
    proposal_id     uuid        not null,
    created_at      timestamptz not null
);

create index feedback_classifier on classification.feedback (classifier, created_at);
