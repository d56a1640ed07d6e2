package io.clearline.extraction;

/**
 * The source of one field and, when two sources disagree, a validation note saying what the other
 * one reads (the disagreement is flagged on the field, never settled silently).
 */
public record FieldOrigin(FieldSource source, String note) {

    public static final FieldOrigin TEXT = new FieldOrigin(FieldSource.TEXT, null);

    public boolean flagged() {
        return note != null;
    }
}
