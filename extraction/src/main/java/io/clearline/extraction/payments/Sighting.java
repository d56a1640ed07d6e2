package io.clearline.extraction.payments;

import io.clearline.core.PaymentId;

/**
 * A payment in a file that had been imported before from another file: recorded as a link, not stored
 * again, so cash is applied once.
 *
 * @param sightingId the id this file's parser gave it (format, file digest, position)
 * @param paymentId  the payment as first imported
 * @param position   its place among the file's payments (0-based)
 * @param matchedOn  why it is the same booking, e.g. {@code END_TO_END_ID E2E-4711}
 */
public record Sighting(PaymentId sightingId, PaymentId paymentId, int position, String matchedOn) {
}
