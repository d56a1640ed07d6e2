package io.clearline.core;

import java.util.Objects;

/** A payment as its source names it (bank reference, file + sequence, or API-provided id). */
public record PaymentId(String value) {

    public PaymentId {
        Objects.requireNonNull(value, "payment id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("payment id is blank");
        }
        value = value.strip();
    }

    @Override
    public String toString() {
        return value;
    }
}
