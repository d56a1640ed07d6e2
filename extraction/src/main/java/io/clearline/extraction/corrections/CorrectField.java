package io.clearline.extraction.corrections;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;

/**
 * Payload of {@code extraction.correct}: an analyst says a field of a document's extraction is
 * {@code value}; {@code line} is the index of a line item, null for a document field.
 */
public record CorrectField(@NotNull UUID documentId, @NotBlank String field, @NotNull String value,
        @PositiveOrZero Integer line) {

    public static final String KIND = "extraction.correct";
}
