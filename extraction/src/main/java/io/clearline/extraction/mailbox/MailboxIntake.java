package io.clearline.extraction.mailbox;

import io.clearline.core.DocumentId;
import io.clearline.extraction.documents.DocumentRejected;
import io.clearline.extraction.documents.MessageIntake;
import io.clearline.extraction.documents.MimeMessages;
import io.clearline.extraction.documents.StoredMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one raw message from the mailbox: stores it through {@link MessageIntake} and records it in
 * the {@link MailboxLedger}, in one transaction. A message whose key (its Message-ID, else the SHA-256
 * of its bytes) is in the ledger already is not stored again: that is how a re-fetch after a crash,
 * or the same message delivered twice, stays one document.
 */
public class MailboxIntake {

    private static final Logger log = LoggerFactory.getLogger(MailboxIntake.class);

    /** What happened to a message. */
    public sealed interface Outcome {
        /** Stored now: the message and its attachments are documents. */
        record Stored(StoredMessage message) implements Outcome { }
        /** Seen before (stored or failed then); nothing changed but the delivery count. */
        record Duplicate(MailboxLedger.Entry earlier) implements Outcome { }
        /** Not storable; the reason is in the ledger and the message goes to the failed folder. */
        record Failed(String reason, Optional<DocumentId> document) implements Outcome { }
    }

    private final MessageIntake messages;
    private final MailboxLedger ledger;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String receivedBy;

    public MailboxIntake(MessageIntake messages, MailboxLedger ledger, PlatformTransactionManager transactions,
            String receivedBy) {
        this.messages = messages;
        this.ledger = ledger;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = Clock.systemUTC();
        this.receivedBy = receivedBy;
    }

    public Outcome take(byte[] raw, String folder) {
        return transaction.execute(status -> takeInTransaction(raw, folder));
    }

    /**
     * Takes a batch of messages in one transaction (one commit instead of one per message). A message
     * that is refused is a {@link Outcome.Failed} like in {@link #take}; should the batch as a whole fail
     * (a database error), nothing of it is kept and each message is taken on its own, so one bad message
     * cannot hold back the others.
     *
     * @return the outcomes, in the order of {@code raws}
     */
    public List<Outcome> takeAll(List<byte[]> raws, String folder) {
        if (raws.size() == 1) {
            return List.of(take(raws.get(0), folder));
        }
        try {
            // parsing is pure CPU and thread-safe: done in parallel before the (sequential) writes
            List<Read> read = raws.parallelStream().map(this::read).toList();
            return transaction.execute(status -> {
                List<Outcome> out = new ArrayList<>(raws.size());
                for (Read r : read) {
                    out.add(takeInTransaction(r, folder));
                }
                return out;
            });
        } catch (RuntimeException e) {
            log.warn("mailbox: a batch of {} messages failed as a whole ({}), taking them one at a time", raws.size(),
                    e.toString());
            List<Outcome> out = new ArrayList<>(raws.size());
            for (byte[] raw : raws) {
                out.add(take(raw, folder));
            }
            return out;
        }
    }

    /** A message read before its transaction: its key, and its prepared documents or why it was refused. */
    private record Read(String sha256, String messageId, String key, MessageIntake.Prepared prepared,
                        DocumentRejected refused) {
    }

    /** Parses the message once: its key and its prepared documents come from the same parse. */
    private Read read(byte[] raw) {
        String sha256 = sha256(raw);
        MimeMessage parsed = parsed(raw);
        String messageId = MimeMessages.messageId(parsed);
        String key = messageId != null ? "message-id:" + messageId : "sha256:" + sha256;
        try {
            return new Read(sha256, messageId, key,
                    messages.prepare(raw, parsed, fileName(messageId, sha256), receivedBy), null);
        } catch (DocumentRejected r) {
            return new Read(sha256, messageId, key, null, r);
        }
    }

    private Outcome takeInTransaction(byte[] raw, String folder) {
        return takeInTransaction(read(raw), folder);
    }

    private Outcome takeInTransaction(Read r, String folder) {
        String sha256 = r.sha256();
        String messageId = r.messageId();
        String key = r.key();
        Optional<MailboxLedger.Entry> earlier = ledger.findForUpdate(key);
        if (earlier.isPresent()) {
            ledger.seenAgain(key, clock.instant());
            return new Outcome.Duplicate(earlier.get());
        }
        StoredMessage stored;
        if (r.refused() == null) {
            stored = messages.store(r.prepared());
        } else {
            String reason = "message refused: " + r.refused().getMessage();
            ledger.insert(key, messageId, sha256, null, MailboxLedger.Status.FAILED, reason, folder, clock.instant());
            return new Outcome.Failed(reason, Optional.empty());
        }
        DocumentId id = stored.message().document().id();
        if (stored.unreadable() != null && stored.attachments().isEmpty()) {
            String reason = "stored as it came, but its parts could not be read: " + stored.unreadable();
            ledger.insert(key, messageId, sha256, id, MailboxLedger.Status.FAILED, reason, folder, clock.instant());
            return new Outcome.Failed(reason, Optional.of(id));
        }
        if (!ledger.insert(key, messageId, sha256, id, MailboxLedger.Status.STORED, null, folder, clock.instant())) {
            // another poller recorded the same key first; the documents are shared by content
            return new Outcome.Duplicate(ledger.findForUpdate(key).orElseThrow());
        }
        return new Outcome.Stored(stored);
    }

    private static String fileName(String messageId, String sha256) {
        return (messageId == null ? sha256.substring(0, 16) : messageId.replaceAll("[^A-Za-z0-9._@-]", "")) + ".eml";
    }

    /** The Message-ID header, without angle brackets; null when absent or unreadable. */
    static String messageId(byte[] raw) {
        return MimeMessages.messageId(parsed(raw));
    }

    private static MimeMessage parsed(byte[] raw) {
        try {
            return MimeMessages.parse(raw);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
