package io.clearline.extraction.documents;

import io.clearline.core.DocumentId;
import io.clearline.extraction.mail.Attachment;
import io.clearline.extraction.mail.MailMessage;
import io.clearline.extraction.mail.MailParts;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores an e-mail (.eml, Outlook .msg) as one document (source EMAIL) and each of its attachments,
 * forwarded ones included, as a document of its own (source ATTACHMENT, parent = the message), all
 * in one transaction. An attachment that is empty, over {@code clearline.documents.max-attachment-size}
 * or of a type Clearline does not handle is a refused part recorded on the message; the rest is
 * stored. Storing the same bytes again changes nothing. Publishes {@link MessageStored} for a new message.
 */
@Service
public class MessageIntake {

    private static final Logger log = LoggerFactory.getLogger(MessageIntake.class);
    private static final Set<String> MESSAGE_TYPES = Set.of("message/rfc822", "application/vnd.ms-outlook",
            "application/vnd.ms-tnef");

    private final DocumentIntake documents;
    private final EmailMessages messages;
    private final DocumentsProperties properties;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    public MessageIntake(DocumentIntake documents, EmailMessages messages, DocumentsProperties properties,
            PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this(documents, messages, properties, transactions, events, Clock.systemUTC());
    }

    MessageIntake(DocumentIntake documents, EmailMessages messages, DocumentsProperties properties,
            PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.messages = messages;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /** True when these bytes are an e-mail this class stores (detected from content; the name is a hint). */
    public boolean isMessage(byte[] content, String fileName) {
        return content.length > 0 && MESSAGE_TYPES.contains(documents.detect(content, fileName));
    }

    /**
     * A message read and checked, nothing written yet: {@link #prepare} is pure CPU (parsing, type
     * detection, hashing), so a batch can prepare its messages in parallel and then write them in one
     * transaction.
     */
    public static final class Prepared {
        private final DocumentIntake.Checked message;
        private final MessageHeaders headers;
        private final List<DocumentIntake.Checked> accepted;
        private final List<RefusedAttachment> refused;
        private final String unreadable;

        private Prepared(DocumentIntake.Checked message, MessageHeaders headers, List<DocumentIntake.Checked> accepted,
                List<RefusedAttachment> refused, String unreadable) {
            this.message = message;
            this.headers = headers;
            this.accepted = accepted;
            this.refused = refused;
            this.unreadable = unreadable;
        }
    }

    /**
     * Stores the message and its attachments. Joins the caller's transaction when there is one (the
     * mailbox records its own ledger in the same transaction).
     *
     * @throws DocumentRejected when the message itself is empty or over {@code max-message-size}
     */
    public StoredMessage store(byte[] raw, String fileName, String receivedBy) {
        return store(prepare(raw, fileName, receivedBy));
    }

    /**
     * Reads and checks a message without writing anything (thread-safe).
     *
     * @throws DocumentRejected when the message itself is empty or over {@code max-message-size}
     */
    public Prepared prepare(byte[] raw, String fileName, String receivedBy) {
        return prepare(raw, parsedOrNull(raw), fileName, receivedBy);
    }

    /**
     * As {@link #prepare(byte[], String, String)}, with the message already parsed by the caller
     * ({@link MimeMessages#parse}; null when it could not be): the headers are read from that parse,
     * and the parts are split without decoding the body text or detecting the type a second time.
     */
    public Prepared prepare(byte[] raw, MimeMessage parsed, String fileName, String receivedBy) {
        DocumentIntake.Checked message = documents.check(
                new RawInput(raw, fileName, DocumentSource.EMAIL, receivedBy, null), properties.maxMessageSize().toBytes());
        MessageHeaders headers = MessageSenders.read(parsed);
        List<DocumentIntake.Checked> accepted = new ArrayList<>();
        List<RefusedAttachment> refused = new ArrayList<>();
        String unreadable = null;
        try {
            MailMessage parts = MailParts.attachments(raw, message.mediaType().toString());
            for (Attachment a : parts.attachments()) {
                try {
                    accepted.add(documents.check(new RawInput(a.content(), a.name(), DocumentSource.ATTACHMENT,
                            receivedBy, null), properties.maxAttachmentSize().toBytes(), a.mediaType()));
                } catch (DocumentRejected r) {
                    refused.add(new RefusedAttachment(a.name(), a.mediaType(), a.content().length, r.getMessage()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the message is kept as it came; what could not be read is said on it
            unreadable = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new Prepared(message, headers, accepted, refused, unreadable);
    }

    private static MimeMessage parsedOrNull(byte[] raw) {
        try {
            return MimeMessages.parse(raw);
        } catch (MessagingException e) {
            return null;
        }
    }

    /** Writes a prepared message; joins the caller's transaction when there is one. */
    public StoredMessage store(Prepared p) {
        MessageHeaders headers = p.headers;
        StoredMessage stored = transaction.execute(status -> {
            StoredDocument m = documents.insertOrFind(p.message);
            List<StoredDocument> children = new ArrayList<>(p.accepted.size());
            for (DocumentIntake.Checked c : p.accepted) {
                children.add(documents.insertOrFind(c.withParent(m.document().id())));
            }
            Instant now = clock.instant();
            messages.insertIfAbsent(m.document().id(), headers, children.size(), p.refused, p.unreadable, now);
            if (m.created()) {
                events.publishEvent(new MessageStored(m.document().id(), headers.messageId(), headers.sender(),
                        headers.customer(), headers.customerSource(),
                        children.stream().map(c -> c.document().id()).toList(), p.refused, now));
            }
            return new StoredMessage(m, headers, children, p.refused, p.unreadable);
        });
        log(stored);
        return stored;
    }

    private static void log(StoredMessage s) {
        DocumentId id = s.message().document().id();
        log.info("e-mail {} from {} (customer {} via {}): {}, {} attachments stored, {} refused{}", id,
                s.headers().sender() == null ? "?" : s.headers().sender().address(),
                s.headers().customer() == null ? "?" : s.headers().customer().address(), s.headers().customerSource(),
                s.created() ? "stored" : "already stored, same bytes", s.attachments().size(), s.refused().size(),
                s.unreadable() == null ? "" : ", parts unreadable: " + s.unreadable());
        s.refused().forEach(r -> log.info("e-mail {}: attachment {} ({}, {} bytes) refused: {}", id, r.name(),
                r.mediaType(), r.size(), r.reason()));
    }
}
