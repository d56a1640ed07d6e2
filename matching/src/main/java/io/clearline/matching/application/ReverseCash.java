package io.clearline.matching.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Payload of {@code cash.reverse}: undo a payment's application, with the reason. */
public record ReverseCash(@NotBlank String paymentId, @NotBlank @Size(max = 2000) String reason) {

    public static final String KIND = "cash.reverse";
}
