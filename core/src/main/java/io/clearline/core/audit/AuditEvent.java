package io.clearline.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One state change as the audit log keeps it. {@code hash} covers {@code previousHash} and this
 * event's canonical content, so altering or removing any event breaks the chain after it.
 */
public record AuditEvent(
        long sequence,
        Instant occurredAt,
        String actor,
        String action,
        String subject,
        String statusBefore,
        String statusAfter,
        String payloadHash,
        String policyVersion,
        String correlationId,
        String previousHash,
        String hash) {

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
    }
}
