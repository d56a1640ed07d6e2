package io.clearline.extraction.corrections;

/** Where a field's value stands relative to its label. */
enum Relation {
    /** The next phrase on the label's line. */
    RIGHT,
    /** The phrase under the label, on one of the next lines. */
    BELOW,
    /** In the label's own phrase, after the label words ("Ticket NW-77123"). */
    INLINE
}
