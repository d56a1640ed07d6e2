package io.clearline.app.payments;

import io.clearline.core.PaymentId;
import io.clearline.extraction.payments.PaymentFile;
import io.clearline.extraction.payments.Sighting;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded payment file as the API shows it, with its new payments' ids in file order and the payments
 * it carried that another file had already imported ({@code seenBefore}: linked, not stored again).
 */
record PaymentFileView(
        UUID id,
        String fileName,
        String format,
        String status,
        String reason,
        List<String> warnings,
        int paymentCount,
        List<String> paymentIds,
        List<SeenBefore> seenBefore,
        String importedBy,
        Instant receivedAt,
        UUID rawDocumentId) {

    /** A payment of this file that was the same booking as {@code paymentId}, imported before. */
    record SeenBefore(String idInThisFile, String paymentId, String matchedOn) {
    }

    static PaymentFileView of(PaymentFile f, List<PaymentId> paymentIds, List<Sighting> seenBefore) {
        return new PaymentFileView(f.id(), f.fileName(), f.format().name(), f.status().name(), f.reason(),
                f.warnings(), f.paymentCount(), paymentIds.stream().map(PaymentId::value).toList(),
                seenBefore.stream().map(s -> new SeenBefore(s.sightingId().value(), s.paymentId().value(), s.matchedOn()))
                        .toList(), f.importedBy(), f.receivedAt(), f.rawDocument().map(d -> d.value()).orElse(null));
    }
}
