package io.clearline.governance;

import io.clearline.core.CorrelationId;
import io.clearline.governance.canonical.CanonicalJson;
import io.clearline.governance.canonical.Sha256;
import java.util.Objects;

/**
 * One state change to append to the {@link AuditLog}: who did what to which subject, the status
 * before and after, and the SHA-256 of the payload (the payload itself lives with its owner; the
 * log proves what it was). Build with {@link #of} and the {@code with...} methods.
 */
public record AuditEntry(
        Actor actor,
        String action,
        String subject,
        String statusBefore,
        String statusAfter,
        String payloadHash,
        String policyVersion,
        String correlationId) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        if (action == null || action.isBlank()) {
            throw new InvalidPayload("audit action must not be blank");
        }
        if (subject == null || subject.isBlank()) {
            throw new InvalidPayload("audit subject must not be blank");
        }
    }

    public static AuditEntry of(Actor actor, String action, String subject) {
        return new AuditEntry(actor, action, subject, null, null, null, null, null);
    }

    public AuditEntry withTransition(String before, String after) {
        return new AuditEntry(actor, action, subject, before, after, payloadHash, policyVersion, correlationId);
    }

    /** Hashes raw bytes (a file, a message) as they are. */
    public AuditEntry withPayload(byte[] payload) {
        return withPayloadHash(Sha256.hex(payload));
    }

    /** Hashes a value's canonical JSON (maps, lists, Jackson trees): equal content, equal hash. */
    public AuditEntry withPayloadJson(Object payload) {
        return withPayloadHash(Sha256.hex(CanonicalJson.write(payload)));
    }

    public AuditEntry withPayloadHash(String hash) {
        return new AuditEntry(actor, action, subject, statusBefore, statusAfter, hash, policyVersion, correlationId);
    }

    public AuditEntry withPolicyVersion(String version) {
        return new AuditEntry(actor, action, subject, statusBefore, statusAfter, payloadHash, version, correlationId);
    }

    public AuditEntry withCorrelationId(CorrelationId id) {
        return new AuditEntry(actor, action, subject, statusBefore, statusAfter, payloadHash, policyVersion,
                id == null ? null : id.value());
    }
}
