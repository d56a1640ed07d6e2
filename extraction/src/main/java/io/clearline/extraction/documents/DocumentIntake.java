package io.clearline.extraction.documents;

import io.clearline.core.DocumentId;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.tika.mime.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores raw inputs once. Every input of a call is checked (size, emptiness, detected type) before
 * anything is written, and all are written in one transaction: a rejected or failed call leaves
 * nothing behind. {@link DocumentStored} is published inside that transaction for each new input.
 */
@Service
public class DocumentIntake {

    private static final Logger log = LoggerFactory.getLogger(DocumentIntake.class);

    private final RawDocuments documents;
    private final DocumentsProperties properties;
    private final ContentTypes contentTypes;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    public DocumentIntake(RawDocuments documents, DocumentsProperties properties,
            PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this(documents, properties, transactions, events, Clock.systemUTC());
    }

    DocumentIntake(RawDocuments documents, DocumentsProperties properties,
            PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.properties = properties;
        this.contentTypes = new ContentTypes(properties.acceptedTypes());
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    public StoredDocument store(RawInput input) {
        return storeAll(List.of(input)).get(0);
    }

    /**
     * Stores all inputs or none.
     *
     * @throws DocumentRejected for the first input that cannot be stored; nothing is stored then
     */
    public List<StoredDocument> storeAll(List<RawInput> inputs) {
        List<Checked> checked = inputs.stream().map(this::check).toList();
        List<StoredDocument> stored = transaction.execute(status -> {
            List<StoredDocument> out = new ArrayList<>(checked.size());
            for (Checked c : checked) {
                out.add(insertOrFind(c));
            }
            return out;
        });
        stored.forEach(s -> log.info("document {} ({}, {} bytes, {}): {}", s.document().id(),
                s.document().mediaType(), s.document().size(), s.document().fileName(),
                s.created() ? "stored" : "already stored, same bytes"));
        return stored;
    }

    private Checked check(RawInput input) {
        return check(input, properties.maxSize().toBytes());
    }

    /** Checks size, emptiness and type against {@code limit} bytes; {@link MessageIntake} has its own limits. */
    Checked check(RawInput input, long limit) {
        return check(input, limit, null);
    }

    /** As {@link #check(RawInput, long)}; a declared type (an attachment's Content-Type) may spare full detection. */
    Checked check(RawInput input, long limit, String declaredType) {
        byte[] content = input.content();
        if (content.length == 0) {
            throw new EmptyDocument(input.fileName());
        }
        if (content.length > limit) {
            throw new DocumentTooLarge(input.fileName(), content.length, limit);
        }
        MediaType type = contentTypes.detect(content, input.fileName(), declaredType);
        if (!contentTypes.isAccepted(type)) {
            throw new UnsupportedDocumentType(input.fileName(), type.toString(), properties.acceptedTypes());
        }
        return new Checked(input, type, sha256(content));
    }

    /** The type Clearline detects for these bytes, e.g. {@code message/rfc822}. */
    String detect(byte[] content, String fileName) {
        return contentTypes.detect(content, fileName).toString();
    }

    /** Inserts a checked input, or finds the document with its bytes; the caller owns the transaction. */
    StoredDocument insertOrFind(Checked c) {
        RawInput in = c.input();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
        RawDocument candidate = new RawDocument(DocumentId.random(), c.sha256(), in.content().length,
                c.mediaType().toString(), in.fileName(), in.source(), in.receivedBy(), now, in.parentId());
        if (documents.insertIfAbsent(candidate, in.content())) {
            events.publishEvent(DocumentStored.of(candidate));
            return new StoredDocument(candidate, true);
        }
        RawDocument existing = documents.findBySha256(c.sha256())
                .orElseThrow(() -> new IllegalStateException("conflict on sha256 " + c.sha256() + " but no row"));
        return new StoredDocument(existing, false);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    record Checked(RawInput input, MediaType mediaType, String sha256) {

        Checked withParent(DocumentId parent) {
            RawInput in = input;
            return new Checked(new RawInput(in.content(), in.fileName(), in.source(), in.receivedBy(), parent),
                    mediaType, sha256);
        }
    }
}
