package io.clearline.extraction.payments;

import io.clearline.core.DocumentId;
import io.clearline.core.PaymentId;
import io.clearline.core.receivables.Payment;
import io.clearline.extraction.bank.BankFileResult;
import io.clearline.extraction.bank.PaymentFiles;
import io.clearline.extraction.documents.DocumentIntake;
import io.clearline.extraction.documents.DocumentRejected;
import io.clearline.extraction.documents.DocumentSource;
import io.clearline.extraction.documents.RawInput;
import io.clearline.governance.Actor;
import io.clearline.governance.AuditEntry;
import io.clearline.governance.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports bank and EDI payment files. Each file is one transaction: its original bytes go to the raw
 * store, the file is recorded (accepted or rejected, with the reason), its payments are stored as
 * unapplied, and an audit event is appended; all of it or none. The same bytes imported again return
 * the recorded outcome and change nothing. A payment already imported from another file (the same
 * booking, {@link SameBooking}) is linked to the first, not stored again. Imports are serialised by a
 * transaction-scoped lock, so concurrent files cannot both store one booking.
 * {@link PaymentsImported} is published for accepted files, naming only the new payments.
 */
@Service
public class PaymentFileIntake {

    private static final Logger log = LoggerFactory.getLogger(PaymentFileIntake.class);

    private final ImportedPaymentFiles files;
    private final Payments payments;
    private final PaymentSightings sightings;
    private final DocumentIntake documents;
    private final AuditLog audit;
    private final PaymentsProperties properties;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    public PaymentFileIntake(ImportedPaymentFiles files, Payments payments, PaymentSightings sightings,
            DocumentIntake documents, AuditLog audit, PaymentsProperties properties,
            PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this(files, payments, sightings, documents, audit, properties, transactions, events, Clock.systemUTC());
    }

    PaymentFileIntake(ImportedPaymentFiles files, Payments payments, PaymentSightings sightings, DocumentIntake documents,
            AuditLog audit, PaymentsProperties properties, PlatformTransactionManager transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.files = files;
        this.payments = payments;
        this.sightings = sightings;
        this.documents = documents;
        this.audit = audit;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /**
     * Imports one file. Never throws for bad content: a file that cannot be read, whose totals do not
     * agree, or whose payments cannot be stored is a recorded {@link PaymentFileStatus#REJECTED}.
     *
     * @param fileName a hint for messages and the raw store; the format comes from the content
     */
    public PaymentImport importFile(byte[] content, String fileName, Actor actor) {
        byte[] bytes = content == null ? new byte[0] : content;
        BankFileResult result = PaymentFiles.read(bytes, fileName, properties.toSettings());
        PaymentImport outcome;
        try {
            outcome = transaction.execute(tx -> record(bytes, fileName, actor, result));
        } catch (IllegalArgumentException | DataIntegrityViolationException e) {
            // the parser accepted it but storage refused a payment (e.g. an id another file already has):
            // still a recorded outcome, never a half-import
            BankFileResult.Rejected refused = new BankFileResult.Rejected(result.format(), result.contentSha256(),
                    "payments could not be stored: " + rootMessage(e));
            outcome = transaction.execute(tx -> record(bytes, fileName, actor, refused));
        }
        PaymentFile f = outcome.file();
        log.info("payment file {} ({}, {}): {}{}", f.id(), fileName, f.format(),
                f.accepted() ? f.paymentCount() + " payments accepted" + (outcome.seenBefore().isEmpty() ? ""
                        : ", " + outcome.seenBefore().size() + " imported before from another file (linked)")
                        : "rejected: " + f.reason(),
                outcome.created() ? "" : " (already imported, unchanged)");
        return outcome;
    }

    private PaymentImport record(byte[] bytes, String fileName, Actor actor, BankFileResult result) {
        sightings.lock();
        Optional<PaymentFile> existing = files.findBySha256(result.contentSha256());
        if (existing.isPresent()) {
            return replay(existing.get());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        DocumentId raw = null;
        BankFileResult judged = result;
        try {
            raw = documents.store(new RawInput(bytes, fileName, DocumentSource.UPLOAD,
                    actor.id(), null)).document().id();
        } catch (DocumentRejected e) {
            // without its original a payment file is not imported: the payments could not be traced back
            if (result instanceof BankFileResult.Accepted) {
                judged = new BankFileResult.Rejected(result.format(), result.contentSha256(),
                        "the original could not be kept: " + e.getMessage());
            }
        }
        SeenBefore split = judged instanceof BankFileResult.Accepted a ? SeenBefore.split(a, sightings) : SeenBefore.NONE;
        PaymentFile file = fileOf(judged, split.fresh().size(), fileName, actor, now, raw);
        if (!files.insertIfAbsent(file)) {
            // a concurrent import of the same bytes recorded it first
            return replay(files.findBySha256(file.sha256()).orElseThrow());
        }
        payments.insertAll(file.id(), split.fresh(), split.positions(), split.accounts());
        split.freshTraces().forEach(sightings::insertReferences);
        split.links().forEach(link -> sightings.insert(file.id(), link));
        List<PaymentId> ids = split.fresh().stream().map(Payment::id).toList();
        audit.append(AuditEntry.of(actor, file.accepted() ? "payment-file:imported" : "payment-file:rejected",
                file.subject()).withTransition(null, file.status().name()).withPayloadHash(file.sha256()));
        // the payment's own trail shows every file that reported it
        split.links().forEach(link -> audit.append(AuditEntry.of(actor, "payment:seen-again", "payment:"
                + link.paymentId().value()).withPayloadHash(file.sha256())));
        if (file.accepted()) {
            events.publishEvent(new PaymentsImported(file.id(), ids, now));
        }
        return new PaymentImport(file, ids, split.links(), true);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private PaymentImport replay(PaymentFile file) {
        return new PaymentImport(file, payments.ofFile(file.id()).stream().map(Payment::id).toList(),
                sightings.ofFile(file.id()), false);
    }

    private static PaymentFile fileOf(BankFileResult result, int stored, String fileName, Actor actor, Instant now,
                                      DocumentId raw) {
        if (result instanceof BankFileResult.Accepted a) {
            return new PaymentFile(UUID.randomUUID(), a.contentSha256(), fileName, a.format(),
                    PaymentFileStatus.ACCEPTED, null, a.warnings(), stored, actor.id(), now, raw);
        }
        BankFileResult.Rejected r = (BankFileResult.Rejected) result;
        return new PaymentFile(UUID.randomUUID(), r.contentSha256(), fileName, r.format(),
                PaymentFileStatus.REJECTED, r.reason(), List.of(), 0, actor.id(), now, raw);
    }
}
