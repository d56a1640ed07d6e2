package io.clearline.matching;

/**
 * The kind of evidence behind a candidate, coarse enough to calibrate on: how the payer was found, how
 * the invoices were found, how the amount was explained, and how many invoices. Its {@link #key()} is
 * the calibration bin.
 */
public record MatchPattern(PayerEvidence payer, ReferenceQuality reference, AmountFit amount, int items) {

    public enum PayerEvidence { ACCOUNT, REFERENCE, NAME, NAME_AND_REFERENCE, NAME_AND_AMOUNT, AMBIGUOUS, NONE }

    public enum ReferenceQuality { REMITTANCE_EXACT, EXACT, NORMALISED, OCR, FUZZY, PO, NONE }

    public enum AmountFit {
        EXACT, DISCOUNT_EARNED, DISCOUNT_UNEARNED, DEDUCTION, PARTIAL, OVERPAYMENT, UNIQUE_AMOUNT,
        SUBSET, AMBIGUOUS, UNEXPLAINED, SETTLED_ALREADY, NOTHING
    }

    public String key() {
        return payer + "|" + reference + "|" + amount + "|" + itemBucket();
    }

    /** Coarser bin used when the fine one has too few calibration samples. */
    public String backoffKey() {
        return reference + "|" + amount;
    }

    private String itemBucket() {
        return items <= 1 ? "1" : items <= 4 ? "2-4" : "5+";
    }
}
