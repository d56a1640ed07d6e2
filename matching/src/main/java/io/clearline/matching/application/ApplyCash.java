package io.clearline.matching.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * Payload of {@code cash.apply}: how one payment is applied. Each line reduces one open item by
 * {@code applied + discount} (the deduction stays open, with its reason code); {@code unapplied} is
 * left on account. {@code expectedOpenAmount} and {@code expectedVersion} are the item as the matcher
 * saw it: if it changed since, the application is refused rather than applied to a different state.
 */
public record ApplyCash(
        @NotBlank String paymentId,
        @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotNull BigDecimal amount,
        @NotEmpty List<@Valid @NotNull Line> allocations,
        @NotNull @PositiveOrZero BigDecimal unapplied) {

    public static final String KIND = "cash.apply";

    public ApplyCash {
        allocations = allocations == null ? null : List.copyOf(allocations);
    }

    public record Line(
            @NotBlank String customerId,
            @NotBlank String documentNumber,
            @NotNull BigDecimal applied,
            @NotNull BigDecimal discount,
            @NotNull BigDecimal deduction,
            String deductionReason,
            @NotNull BigDecimal expectedOpenAmount,
            long expectedVersion) {
    }
}
