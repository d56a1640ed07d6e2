package io.clearline.core.money;

/** Which character separates the decimals, when the caller knows it (from a locale or a file format). */
public enum DecimalStyle {
    /** Decide from the text: the last of '.' and ',' when both occur; a lone separator followed by exactly three digits groups thousands. */
    AUTO,
    /** {@code 1,234.56} */
    POINT,
    /** {@code 1.234,56} */
    COMMA
}
