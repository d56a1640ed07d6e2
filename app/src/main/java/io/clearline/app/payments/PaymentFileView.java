package io.clearline.app.payments;

import io.clearline.core.PaymentId;
import io.clearline.extraction.payments.PaymentFile;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded payment file as the API shows it, with its payments' ids in file order. */
record PaymentFileView(
        UUID id,
        String fileName,
        String format,
        String status,
        String reason,
        List<String> warnings,
        int paymentCount,
        List<String> paymentIds,
        String importedBy,
        Instant receivedAt,
        UUID rawDocumentId) {

    static PaymentFileView of(PaymentFile f, List<PaymentId> paymentIds) {
        return new PaymentFileView(f.id(), f.fileName(), f.format().name(), f.status().name(), f.reason(),
                f.warnings(), f.paymentCount(), paymentIds.stream().map(PaymentId::value).toList(), f.importedBy(),
                f.receivedAt(), f.rawDocument().map(d -> d.value()).orElse(null));
    }
}
