-- Notes attached to any subject (document:<uuid>, payment:<uuid>, ...) through the note.attach action.
create table governance.note (
    id           uuid        primary key,
    subject      text        not null,
    text         text        not null,
    author       text        not null,
    -- one note per executed proposal: a second execution of the same proposal cannot add a second note
    proposal_id  uuid        not null unique references governance.action_proposal (id),
    created_at   timestamptz not null
);

create index note_subject_idx on governance.note (subject, created_at);
