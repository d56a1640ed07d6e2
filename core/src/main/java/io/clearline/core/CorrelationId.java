package io.clearline.core;

import java.util.Objects;
import java.util.UUID;

/** Ties together the events caused by one request, file or agent run. */
public record CorrelationId(String value) {

    public CorrelationId {
        Objects.requireNonNull(value, "correlation id");
    }

    public static CorrelationId random() {
        return new CorrelationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
