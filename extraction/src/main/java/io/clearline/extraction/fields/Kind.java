package io.clearline.extraction.fields;

/** What sort of value a field holds, which decides how it is read and checked. */
public enum Kind {
    /** A document number: letters, digits and separators, with at least one digit. */
    IDENTIFIER,
    /** A party or person name: the first line of a block. */
    NAME,
    /** A block of lines joined with ", ". */
    ADDRESS,
    /** Free text, one phrase. */
    TEXT,
    DATE,
    AMOUNT,
    QUANTITY,
    CURRENCY,
    /** Whether something that is not blank or a line of underscores sits next to the label. */
    SIGNATURE,
    /** Damage, shortage and refusal noted in a remarks block, as codes. */
    EXCEPTIONS
}
