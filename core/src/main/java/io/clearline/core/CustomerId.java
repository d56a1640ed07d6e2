package io.clearline.core;

import java.util.Objects;

/** A customer's account number as the ERP knows it. */
public record CustomerId(String value) {

    public CustomerId {
        Objects.requireNonNull(value, "customer id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("customer id is blank");
        }
        value = value.strip();
    }

    @Override
    public String toString() {
        return value;
    }
}
