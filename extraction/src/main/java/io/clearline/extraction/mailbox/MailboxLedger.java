package io.clearline.extraction.mailbox;

import io.clearline.core.DocumentId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The table {@code extraction.mailbox_message}: one row per message taken from the mailbox. */
public class MailboxLedger {

    /** A ledger row. */
    public record Entry(String dedupKey, String messageId, String sha256, DocumentId documentId, Status status,
                        String reason, String folder, int deliveries, Instant firstSeen, Instant lastSeen) {
    }

    /** STORED: the message and its attachments are documents; FAILED: moved to the failed folder, reason says why. */
    public enum Status { STORED, FAILED }

    private final JdbcClient jdbc;

    public MailboxLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the row of a key seen before (so two pollers cannot both store it). */
    Optional<Entry> findForUpdate(String key) {
        return jdbc.sql("select * from extraction.mailbox_message where dedup_key = ? for update")
                .param(key).query((rs, n) -> new Entry(rs.getString("dedup_key"), rs.getString("message_id"),
                        rs.getString("sha256"),
                        rs.getObject("document_id", UUID.class) == null ? null
                                : new DocumentId(rs.getObject("document_id", UUID.class)),
                        Status.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("folder"),
                        rs.getInt("deliveries"), rs.getObject("first_seen", OffsetDateTime.class).toInstant(),
                        rs.getObject("last_seen", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** @return false when another poller inserted the key first */
    boolean insert(String key, String messageId, String sha256, DocumentId document, Status status, String reason,
            String folder, Instant at) {
        OffsetDateTime t = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        return jdbc.sql("""
                insert into extraction.mailbox_message
                  (dedup_key, message_id, sha256, document_id, status, reason, folder, first_seen, last_seen)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing""")
                .params(key, messageId, sha256, document == null ? null : document.value(), status.name(), reason,
                        folder, t, t)
                .update() == 1;
    }

    void seenAgain(String key, Instant at) {
        jdbc.sql("update extraction.mailbox_message set deliveries = deliveries + 1, last_seen = ? where dedup_key = ?")
                .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), key).update();
    }

    public long count(Status status) {
        return jdbc.sql("select count(*) from extraction.mailbox_message where status = ?")
                .param(status.name()).query(Long.class).single();
    }

    public Optional<String> reasonFor(String messageId) {
        return jdbc.sql("select reason from extraction.mailbox_message where message_id = ?")
                .param(messageId).query(String.class).optional();
    }
}
