package io.clearline.extraction.bank;

import io.clearline.core.PaymentId;

/**
 * Deterministic payment ids: format, the first 16 hex digits of the file's SHA-256, and the
 * payment's position in the file. Importing the same bytes twice yields the same ids, which is what
 * storage relies on to make the second import a no-op.
 */
public record PaymentIds(String prefix) {

    public static PaymentIds of(BankFileFormat format, String contentSha256) {
        return new PaymentIds(format.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + "-" + contentSha256.substring(0, 16));
    }

    /** @param position where the payment sits, e.g. {@code "g1.a2.r17"} or {@code "s1.e3"} */
    public PaymentId at(String position) {
        return new PaymentId(prefix + "-" + position);
    }
}
