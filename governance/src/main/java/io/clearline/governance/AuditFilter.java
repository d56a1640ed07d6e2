package io.clearline.governance;

import java.time.Instant;

/**
 * Which audit events to read; every part is optional.
 *
 * @param actor actor id as audited, e.g. {@code person:alice}
 * @param from  inclusive
 * @param to    exclusive
 */
public record AuditFilter(String subject, String actor, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    public AuditFilter {
        subject = blankToNull(subject);
        actor = blankToNull(actor);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidPayload("audit time range is empty: from " + from + " is not before to " + to);
        }
    }

    public static AuditFilter subject(String subject) {
        return new AuditFilter(subject, null, null, null);
    }

    public static AuditFilter actor(String actor) {
        return new AuditFilter(null, actor, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
