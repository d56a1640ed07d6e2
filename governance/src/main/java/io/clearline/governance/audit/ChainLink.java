package io.clearline.governance.audit;

import io.clearline.core.audit.AuditEvent;
import io.clearline.governance.canonical.CanonicalJson;
import io.clearline.governance.canonical.Sha256;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash of one audit event: {@code SHA-256(previousHash + "\n" + canonical JSON of the content)},
 * lower-case hex. The content is every field except the two hashes; time is UTC with exactly six
 * fraction digits because PostgreSQL keeps microseconds. See docs/adr/001-audit-hash-chain.md.
 */
public final class ChainLink {

    /** What the first event points back to. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private ChainLink() {
    }

    public static String hash(AuditEvent e) {
        return hash(e.previousHash(), canonicalContent(e));
    }

    public static String hash(String previousHash, String canonicalContent) {
        return Sha256.hex(previousHash + "\n" + canonicalContent);
    }

    public static String canonicalContent(AuditEvent e) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("sequence", e.sequence());
        content.put("occurredAt", timestamp(e.occurredAt()));
        content.put("actor", e.actor());
        content.put("action", e.action());
        content.put("subject", e.subject());
        content.put("statusBefore", e.statusBefore());
        content.put("statusAfter", e.statusAfter());
        content.put("payloadHash", e.payloadHash());
        content.put("policyVersion", e.policyVersion());
        content.put("correlationId", e.correlationId());
        return CanonicalJson.write(content);
    }

    /** The precision the database keeps; an event must be hashed with the time it will read back. */
    public static Instant storable(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    static String timestamp(Instant t) {
        return MICROS.format(storable(t));
    }
}
