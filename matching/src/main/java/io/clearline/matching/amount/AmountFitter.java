package io.clearline.matching.amount;

import io.clearline.core.exception.ExceptionCategory;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.PaymentTerms;
import io.clearline.matching.DeductionReasons;
import io.clearline.matching.MatchPattern.AmountFit;
import io.clearline.matching.index.OpenItemIndex;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/** Explains a paid amount against one open item: exact, discount earned or not, short pay, partial, excess. */
public final class AmountFitter {

    private static final ExceptionCategory UNEARNED = ExceptionCategory.deductionReason("UNEARNED_DISCOUNT");
    private final OpenItemIndex index;
    private final DeductionReasons reasons;

    public AmountFitter(OpenItemIndex index, DeductionReasons reasons) {
        this.index = index;
        this.reasons = reasons;
    }

    /** The early-payment discount the item's terms allow on its open amount, in minor units (0 without terms). */
    public long discountOf(int item) {
        PaymentTerms terms = index.terms(item);
        long open = index.openMinor(item);
        if (!terms.hasDiscount() || open <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(open).multiply(terms.discountPercent())
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_EVEN).longValue();
    }

    public boolean discountEarned(int item, LocalDate paidOn) {
        return index.terms(item).discountEarned(LocalDate.ofEpochDay(index.issueDay(item)), paidOn);
    }

    /** What the payer would be expected to pay today: open amount less an earned discount. */
    public long expected(int item, LocalDate paidOn) {
        return discountEarned(item, paidOn) ? index.openMinor(item) - discountOf(item) : index.openMinor(item);
    }

    public Fit fit(int item, long paid, long tolerance, LocalDate paidOn, String memo) {
        long open = index.openMinor(item);
        String doc = index.documentNumber(item);
        if (open <= 0 && !index.isCreditMemo(item)) {
            return new Fit(item, 0, 0, 0, Optional.empty(), AmountFit.SETTLED_ALREADY, paid,
                    "invoice " + doc + " is already settled (possible duplicate payment)");
        }
        if (Math.abs(paid - open) <= tolerance) {
            return new Fit(item, paid, 0, 0, Optional.empty(), AmountFit.EXACT, 0, "amount = open amount");
        }
        long discount = discountOf(item);
        if (discount > 0 && Math.abs(paid - (open - discount)) <= tolerance) {
            String pct = index.terms(item).discountPercent().stripTrailingZeros().toPlainString() + "%";
            LocalDate deadline = index.terms(item).discountDeadline(LocalDate.ofEpochDay(index.issueDay(item)));
            if (discountEarned(item, paidOn)) {
                return new Fit(item, paid, open - paid, 0, Optional.empty(), AmountFit.DISCOUNT_EARNED, 0,
                        "amount = open amount − " + pct + " discount, paid within terms (by " + deadline + ")");
            }
            long late = paidOn.toEpochDay() - deadline.toEpochDay();
            return new Fit(item, paid, 0, open - paid, Optional.of(UNEARNED), AmountFit.DISCOUNT_UNEARNED, 0,
                    "amount = open amount − " + pct + " discount, but paid " + late
                            + " days after the discount deadline: " + money(item, open - paid)
                            + " stays open as an unearned-discount deduction");
        }
        if (paid < open) {
            Optional<ExceptionCategory> reason = reasons.reasonFor(memo);
            if (reason.isPresent()) {
                return new Fit(item, paid, 0, open - paid, reason, AmountFit.DEDUCTION, 0,
                        "short by " + money(item, open - paid) + ": deduction " + reason.get().code()
                                + " from the memo");
            }
            return new Fit(item, paid, 0, 0, Optional.empty(), AmountFit.PARTIAL, 0,
                    "partial payment: " + money(item, paid) + " of " + money(item, open) + " open, the rest stays open");
        }
        return new Fit(item, open, 0, 0, Optional.empty(), AmountFit.OVERPAYMENT, paid - open,
                "pays " + money(item, paid - open) + " more than open; the excess stays unapplied");
    }

    private String money(int item, long minor) {
        return Money.of(minor, index.currency(item)).toPlainString();
    }
}
