package io.clearline.matching;

/**
 * The kind of evidence behind a candidate, coarse enough to calibrate on: how the payer was found, how
 * the invoices were found, how the amount was explained, and how many invoices. Its {@link #key()} is
 * the calibration bin.
 */
public record MatchPattern(PayerEvidence payer, ReferenceQuality reference, AmountFit amount, int items) {

    public enum PayerEvidence { ACCOUNT, REFERENCE, NAME, NAME_AND_REFERENCE, AMOUNT_CONFIRMED, AMBIGUOUS, NONE }

    public enum ReferenceQuality { REMITTANCE_EXACT, EXACT, NORMALISED, OCR, FUZZY, PO, NONE }

    /**
     * RUN: consecutive open items by due date (an AP run); RUN_GAPPED: the same with one block left out;
     * RUN_WINDOW: a combination of items due within a few days of the value date;
     * SUBSET: combination among items due near the value date; SUBSET_WIDE: only found in the wider pool.
     */
    public enum AmountFit {
        EXACT, DISCOUNT_EARNED, DISCOUNT_UNEARNED, DEDUCTION, PARTIAL, OVERPAYMENT, UNIQUE_AMOUNT,
        RUN, RUN_GAPPED, RUN_WINDOW, SUBSET, SUBSET_WIDE, AMBIGUOUS, UNEXPLAINED, SETTLED_ALREADY, NOTHING
    }

    public String key() {
        return payer + "|" + reference + "|" + amount + "|" + itemBucket();
    }

    /** Coarser bin used when the fine one has too few calibration samples. */
    public String backoffKey() {
        return reference + "|" + amount;
    }

    /** Combinations are binned by exact size: a coincidental sum of two items is far rarer than of five. */
    private String itemBucket() {
        if (amount == AmountFit.SUBSET || amount == AmountFit.SUBSET_WIDE || amount == AmountFit.RUN
                || amount == AmountFit.RUN_GAPPED || amount == AmountFit.RUN_WINDOW) {
            return items >= 5 ? "5+" : Integer.toString(items);
        }
        return items <= 1 ? "1" : items <= 4 ? "2-4" : "5+";
    }
}
