package io.clearline.app.payments;

import io.clearline.extraction.payments.PaymentImport;

/**
 * One uploaded payment file's outcome: {@code CREATED} (new bytes, recorded now) or {@code EXISTING}
 * (the same bytes were imported before; this is that recorded outcome, unchanged).
 */
record ImportedFile(String outcome, PaymentFileView file) {

    static ImportedFile of(PaymentImport i) {
        return new ImportedFile(i.created() ? "CREATED" : "EXISTING",
                PaymentFileView.of(i.file(), i.paymentIds(), i.seenBefore()));
    }
}
