package io.clearline.core.document;

import io.clearline.core.Confidence;
import java.util.Objects;

/**
 * One value read from a document, with how sure we are and where it came from. Values are the
 * domain types (String, LocalDate, BigDecimal, Money, Boolean, List of String).
 */
public record ExtractedField<T>(String name, T value, Confidence confidence, Provenance provenance) {

    public ExtractedField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(provenance, "provenance");
    }

    public ExtractedField<T> withConfidence(Confidence newConfidence) {
        return new ExtractedField<>(name, value, newConfidence, provenance);
    }

    public <U> ExtractedField<U> withValue(U newValue) {
        return new ExtractedField<>(name, newValue, confidence, provenance);
    }
}
