package io.clearline.extraction.payments;

/** What importing a payment file came to; both are recorded outcomes. */
public enum PaymentFileStatus {
    /** Every payment in the file was imported. */
    ACCEPTED,
    /** Nothing was imported; the file's reason says why. */
    REJECTED
}
