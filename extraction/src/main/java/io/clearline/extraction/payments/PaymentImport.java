package io.clearline.extraction.payments;

import io.clearline.core.PaymentId;
import java.util.List;

/**
 * The outcome of importing one payment file.
 *
 * @param created    true when these bytes were new; false when the file was imported before (its
 *                   recorded outcome, accepted or rejected, is returned and nothing changed)
 * @param paymentIds the file's new payments in file order; empty for a rejected file
 * @param seenBefore the file's payments that had been imported before from another file (linked, not stored)
 */
public record PaymentImport(PaymentFile file, List<PaymentId> paymentIds, List<Sighting> seenBefore, boolean created) {

    public PaymentImport {
        paymentIds = List.copyOf(paymentIds);
        seenBefore = List.copyOf(seenBefore);
    }
}
