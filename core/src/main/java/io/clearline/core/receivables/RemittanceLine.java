package io.clearline.core.receivables;

import io.clearline.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of a remittance: the invoice the payer means (as they wrote it), and how the paid
 * amount breaks down. Any part but the reference may be missing; gross − discount − deduction = paid
 * when all are present.
 */
public record RemittanceLine(
        String invoiceReference,
        Optional<LocalDate> invoiceDate,
        Optional<Money> grossAmount,
        Optional<Money> discountAmount,
        Optional<Money> deductionAmount,
        Optional<String> deductionReason,
        Optional<Money> paidAmount) {

    public RemittanceLine {
        invoiceReference = invoiceReference == null ? "" : invoiceReference.strip();
        invoiceDate = invoiceDate == null ? Optional.empty() : invoiceDate;
        grossAmount = grossAmount == null ? Optional.empty() : grossAmount;
        discountAmount = discountAmount == null ? Optional.empty() : discountAmount;
        deductionAmount = deductionAmount == null ? Optional.empty() : deductionAmount;
        deductionReason = deductionReason == null ? Optional.empty() : deductionReason.filter(r -> !r.isBlank());
        paidAmount = paidAmount == null ? Optional.empty() : paidAmount;
    }

    public static RemittanceLine paid(String invoiceReference, Money paid) {
        return new RemittanceLine(invoiceReference, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(paid));
    }

    /** The paid amount as stated, else derived from gross − discount − deduction. */
    public Optional<Money> effectivePaid() {
        if (paidAmount.isPresent()) {
            return paidAmount;
        }
        return grossAmount.map(g -> g.minus(discountAmount.orElse(Money.zero(g.currency())))
                .minus(deductionAmount.orElse(Money.zero(g.currency()))));
    }

    /** Whether the stated figures add up (true when not all are present). */
    public boolean isConsistent() {
        if (grossAmount.isEmpty() || paidAmount.isEmpty()) {
            return true;
        }
        return effectivePaidFromParts().equals(paidAmount.get());
    }

    private Money effectivePaidFromParts() {
        Money g = grossAmount.orElseThrow();
        return g.minus(discountAmount.orElse(Money.zero(g.currency())))
                .minus(deductionAmount.orElse(Money.zero(g.currency())));
    }
}
