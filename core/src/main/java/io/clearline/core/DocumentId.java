package io.clearline.core;

import java.util.Objects;
import java.util.UUID;

/** A stored raw input (upload, e-mail, attachment, bank file). */
public record DocumentId(UUID value) {

    public DocumentId {
        Objects.requireNonNull(value, "document id");
    }

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    public static DocumentId parse(String text) {
        return new DocumentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
