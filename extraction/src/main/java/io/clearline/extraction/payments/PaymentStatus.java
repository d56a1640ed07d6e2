package io.clearline.extraction.payments;

/** Where a stored payment is in cash application. */
public enum PaymentStatus {
    /** Imported, not yet applied to open items: what matching picks up. */
    UNAPPLIED,
    APPLIED
}
