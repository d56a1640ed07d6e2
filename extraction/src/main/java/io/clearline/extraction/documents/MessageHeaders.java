package io.clearline.extraction.documents;

/**
 * Who sent an e-mail: {@code sender} is who delivered it to Clearline (for a forward, the customer
 * service rep), {@code customer} who wrote the original (the sender when it was not forwarded).
 */
public record MessageHeaders(String messageId, String subject, Person sender, Person customer,
                             CustomerSource customerSource) {

    static MessageHeaders unknown() {
        return new MessageHeaders(null, null, null, null, CustomerSource.UNKNOWN);
    }
}
