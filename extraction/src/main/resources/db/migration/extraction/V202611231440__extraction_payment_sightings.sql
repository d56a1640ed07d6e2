-- The same booking can arrive in more than one file (a camt.054 notification, then the day's camt.053
-- statement; a BAI2 report, then a camt). It is one payment: the later sighting is recorded as a link to
-- the payment first imported, never as a second payment (ADR 002).

-- the receiving (our) account the payment was booked to, as the file names it; null when it does not
alter table extraction.payment add column account text;

-- what identifies a booking beyond amount and date, per kind (BANK_REFERENCE, END_TO_END_ID, UETR, TRACE_NUMBER)
create table extraction.payment_reference (
    payment_id text not null references extraction.payment (id),
    kind       text not null,
    value      text not null,
    primary key (payment_id, kind)
);

-- a payment seen again in a later file: the id that file's parser gave it, and why it is the same booking
create table extraction.payment_sighting (
    id          text primary key,
    payment_id  text    not null references extraction.payment (id),
    file_id     uuid    not null references extraction.payment_file (id),
    position    integer not null,
    matched_on  text    not null,
    constraint payment_sighting_file_position_key unique (file_id, position)
);

-- candidates for "the same booking": same currency and amount, value date close
create index payment_amount_idx on extraction.payment (currency, amount, value_date);
create index payment_sighting_payment_idx on extraction.payment_sighting (payment_id);
