package io.clearline.matching.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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
        @NotNull @PositiveOrZero BigDecimal unapplied,
        @Valid Payer payer) {

    public static final String KIND = "cash.apply";

    public ApplyCash {
        allocations = allocations == null ? null : List.copyOf(allocations);
    }

    public ApplyCash(String paymentId, String currency, BigDecimal amount, List<Line> allocations, BigDecimal unapplied) {
        this(paymentId, currency, amount, allocations, unapplied, null);
    }

    /**
     * Who the bank says paid, as printed on the payment (either may be null). Not used to apply cash: a
     * person approving the proposal confirms the payer, and the matcher remembers account and name.
     */
    public record Payer(@Size(max = 200) String name, @Size(max = 100) String account) {
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
