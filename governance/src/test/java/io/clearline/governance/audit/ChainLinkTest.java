package io.clearline.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.audit.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The serialisation ADR 001 documents, pinned so a change to it cannot go unnoticed. */
class ChainLinkTest {

    private static final AuditEvent EVENT = new AuditEvent(42, Instant.parse("2026-11-23T10:15:30.123456789Z"),
            "person:alice", "note.attach:approved", "document:7", "PENDING_APPROVAL", "APPROVED",
            "ab".repeat(32), "note.attach@v3", "run-1", "cd".repeat(32), null);

    @Test
    void canonicalContentIsTheDocumentedText() {
        assertThat(ChainLink.canonicalContent(EVENT)).isEqualTo("{\"action\":\"note.attach:approved\","
                + "\"actor\":\"person:alice\",\"correlationId\":\"run-1\",\"occurredAt\":\"2026-11-23T10:15:30.123456Z\","
                + "\"payloadHash\":\"" + "ab".repeat(32) + "\",\"policyVersion\":\"note.attach@v3\",\"sequence\":42,"
                + "\"statusAfter\":\"APPROVED\",\"statusBefore\":\"PENDING_APPROVAL\",\"subject\":\"document:7\"}");
    }

    @Test
    void hashCoversThePreviousHashAndTheContent() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                ("cd".repeat(32) + "\n" + ChainLink.canonicalContent(EVENT)).getBytes(StandardCharsets.UTF_8)));

        assertThat(ChainLink.hash(EVENT)).isEqualTo(expected);
        AuditEvent otherPrevious = new AuditEvent(42, EVENT.occurredAt(), EVENT.actor(), EVENT.action(),
                EVENT.subject(), EVENT.statusBefore(), EVENT.statusAfter(), EVENT.payloadHash(), EVENT.policyVersion(),
                EVENT.correlationId(), "ef".repeat(32), null);
        assertThat(ChainLink.hash(otherPrevious)).isNotEqualTo(expected);
    }

    @Test
    void nullAndEmptyAreDifferentContent() {
        AuditEvent empty = new AuditEvent(42, EVENT.occurredAt(), EVENT.actor(), EVENT.action(), EVENT.subject(), "",
                EVENT.statusAfter(), EVENT.payloadHash(), EVENT.policyVersion(), EVENT.correlationId(),
                EVENT.previousHash(), null);
        AuditEvent none = new AuditEvent(42, EVENT.occurredAt(), EVENT.actor(), EVENT.action(), EVENT.subject(), null,
                EVENT.statusAfter(), EVENT.payloadHash(), EVENT.policyVersion(), EVENT.correlationId(),
                EVENT.previousHash(), null);

        assertThat(ChainLink.hash(empty)).isNotEqualTo(ChainLink.hash(none));
    }
}
