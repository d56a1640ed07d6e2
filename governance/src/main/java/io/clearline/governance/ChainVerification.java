package io.clearline.governance;

/**
 * The result of walking the audit chain from the first event.
 *
 * @param eventsChecked events read before the walk stopped (all of them when intact)
 * @param brokenAt      sequence of the first broken link; null when intact
 * @param reason        what is wrong there; null when intact
 * @param detail        a sentence for the operator
 */
public record ChainVerification(boolean intact, long eventsChecked, Long brokenAt, Break reason, String detail) {

    /** How a link can break. */
    public enum Break {
        /** The event's stored hash does not match its content: the row was edited. */
        HASH_MISMATCH,
        /** The event does not point at the hash of the event before it: an event was replaced or re-hashed. */
        PREVIOUS_HASH_MISMATCH,
        /** A sequence number is missing (brokenAt names it): an event was deleted. */
        SEQUENCE_GAP
    }

    public static ChainVerification intact(long eventsChecked) {
        return new ChainVerification(true, eventsChecked, null, null, "chain intact over " + eventsChecked + " events");
    }

    public static ChainVerification broken(long eventsChecked, long sequence, Break reason, String detail) {
        return new ChainVerification(false, eventsChecked, sequence, reason, detail);
    }
}
