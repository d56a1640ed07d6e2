package io.clearline.extraction.payments;

import io.clearline.core.PaymentId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A payment file was accepted and its payments stored as unapplied, for cash application to pick
 * up. Published inside the importing transaction, once per file (re-imports publish nothing).
 */
public record PaymentsImported(UUID fileId, List<PaymentId> paymentIds, Instant occurredAt) {

    public PaymentsImported {
        paymentIds = List.copyOf(paymentIds);
    }
}
