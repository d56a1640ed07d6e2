package io.clearline.extraction.pipeline;

import io.clearline.core.DocumentId;
import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionLimits;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.doctype.TitleKeywordDetector;
import io.clearline.extraction.documents.DocumentNotFound;
import io.clearline.extraction.documents.RawDocuments;
import io.clearline.extraction.ocr.OcrSettings;
import io.clearline.extraction.pipeline.ExtractionClaims.Trigger;
import io.clearline.governance.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extracts stored documents off the request thread, on a bounded pool (one worker per core unless
 * configured), and records each result ({@link ResultRecorder}). A document is claimed in the database
 * before it is read, so two workers or two nodes never extract it at once, and a process that dies
 * mid-extraction leaves a claim that the sweep takes over once its lease is over. Each started attempt
 * is counted: after {@code max-attempts} unfinished ones the document is recorded FAILED, never retried
 * for ever. A full queue loses nothing either: the sweep finds the document later.
 */
@Service
public class ExtractionPipeline implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ExtractionPipeline.class);

    private final RawDocuments documents;
    private final ExtractionRuns runs;
    private final ExtractionClaims claims;
    private final DocumentExtractor extractor;
    private final List<ResultRefinement> refinements;
    private final ResultRecorder recorder;
    private final TransactionTemplate tx;
    private final PipelineProperties properties;
    private final Clock clock;
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);
    private final ThreadPoolExecutor workers;
    private volatile boolean stopping;

    @Autowired
    public ExtractionPipeline(RawDocuments documents, ExtractionRuns runs, ExtractionClaims claims,
            ObjectProvider<DocumentExtractor> extractor, ObjectProvider<ExtractionLimits> limits,
            ObjectProvider<ResultRefinement> refinements, AuditLog audit, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, ObjectProvider<PipelineProperties> properties,
            ObjectProvider<OcrSettings> ocr) {
        // the configured OCR settings (clearline.extraction.ocr.*) reach the extractor of stored documents
        this(documents, runs, claims, extractor.getIfAvailable(() -> new DocumentExtractor(
                        limits.getIfAvailable(() -> ExtractionLimits.DEFAULT), new TitleKeywordDetector(),
                        ocr.getIfAvailable(() -> OcrSettings.DEFAULT))),
                refinements.orderedStream().toList(), audit, events, transactions,
                properties.getIfAvailable(PipelineProperties::defaults), Clock.systemUTC());
        ExtractionLimits l = limits.getIfAvailable(() -> ExtractionLimits.DEFAULT);
        if (this.properties.lease().compareTo(l.timeout().multipliedBy(2)) < 0) {
            // a lease shorter than an extraction may take lets a second worker take a document still being read
            log.warn("clearline.extraction.pipeline.lease ({}) is less than twice clearline.extraction.timeout ({})",
                    this.properties.lease(), l.timeout());
        }
    }

    ExtractionPipeline(RawDocuments documents, ExtractionRuns runs, ExtractionClaims claims,
            DocumentExtractor extractor, List<ResultRefinement> refinements, AuditLog audit,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, PipelineProperties properties,
            Clock clock) {
        this.documents = documents;
        this.runs = runs;
        this.claims = claims;
        this.extractor = extractor;
        this.refinements = List.copyOf(refinements);
        this.tx = new TransactionTemplate(transactions);
        this.recorder = new ResultRecorder(runs, claims, audit, events, tx);
        this.properties = properties;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(properties.queueCapacity()), r -> {
                    Thread t = new Thread(r, "extraction-pipeline-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.workers.allowCoreThreadTimeOut(true);
    }

    /** Queues a newly stored document; false when the queue is full (the sweep will find it). */
    public boolean submit(DocumentId document) {
        return submit(document, Trigger.STORED);
    }

    /**
     * Extracts a document again although it has a result (a new extractor version, or after corrections);
     * the current result is kept as history and the new one becomes current.
     *
     * @throws DocumentNotFound no such document
     */
    public boolean reextract(DocumentId document) {
        documents.find(document).orElseThrow(() -> new DocumentNotFound(document));
        return submit(document, Trigger.REEXTRACT);
    }

    /**
     * Queues the documents stored without a result (or whose extraction's lease ran out: its process
     * died), oldest first, as many as the queue takes; with {@code reextract-outdated}, also those whose
     * result came from another extractor version.
     *
     * @return how many were queued
     */
    public int sweep() {
        if (!properties.enabled() || stopping) {
            return 0;
        }
        int room = workers.getQueue().remainingCapacity();
        int queued = 0;
        for (DocumentId id : runs.unextracted(staleBefore(), room)) {
            queued += submit(id, Trigger.RECOVERED) ? 1 : 0;
        }
        if (properties.reextractOutdated()) {
            for (DocumentId id : runs.outdated(properties.extractorVersion(), workers.getQueue().remainingCapacity())) {
                queued += submit(id, Trigger.REEXTRACT) ? 1 : 0;
            }
        }
        if (queued > 0) {
            log.info("extraction sweep: {} document(s) queued", queued);
        }
        return queued;
    }

    private boolean submit(DocumentId document, Trigger trigger) {
        if (!properties.enabled() || stopping) {
            return false;
        }
        try {
            workers.execute(() -> run(document, trigger));
            return true;
        } catch (RejectedExecutionException e) {
            log.info("document {}: extraction queue full ({}), left for the sweep", document,
                    properties.queueCapacity());
            return false;
        }
    }

    /**
     * Claims, extracts and records one document in the calling thread.
     *
     * @return the recorded run; empty when another worker holds the document or it already has a result
     */
    Optional<ExtractionRun> run(DocumentId document, Trigger trigger) {
        try {
            Optional<Integer> attempts = claim(document, trigger);
            if (attempts.isEmpty()) {
                return Optional.empty();
            }
            Instant started = now();
            ExtractionResult result;
            ResultRefinement.Refined refined;
            if (attempts.get() > properties.maxAttempts()) {
                result = ExtractionResult.failed("extraction was started " + (attempts.get() - 1)
                        + " times and never finished (the service stopped or crashed while reading this document);"
                        + " it is not tried again automatically");
                refined = ResultRefinement.Refined.unchanged(result);
            } else {
                byte[] content = documents.content(document).orElseThrow(() -> new DocumentNotFound(document));
                refined = refine(document, content, extractor.extract(content));
            }
            if (stopping) {
                tx.executeWithoutResult(s -> claims.giveBack(document, node));
                return Optional.empty();
            }
            return Optional.of(recorder.record(document, refined, attempts.get(), properties.extractorVersion(),
                    started, now()));
        } catch (RuntimeException e) {
            // the database went away or similar: the claim stays and the sweep takes the document again
            log.warn("document {}: extraction not recorded ({}); the sweep will retry", document, e.toString());
            return Optional.empty();
        }
    }

    private Optional<Integer> claim(DocumentId document, Trigger trigger) {
        Instant now = now();
        return tx.execute(status -> {
            Optional<Integer> attempts = claims.claim(document, node, trigger, now, staleBefore());
            if (attempts.isPresent() && trigger != Trigger.REEXTRACT && runs.current(document).isPresent()) {
                status.setRollbackOnly(); // someone finished it meanwhile
                return Optional.<Integer>empty();
            }
            return attempts;
        });
    }

    private ResultRefinement.Refined refine(DocumentId document, byte[] content, ExtractionResult result) {
        ResultRefinement.Refined refined = ResultRefinement.Refined.unchanged(result);
        if (!result.extracted()) {
            return refined;
        }
        Map<String, Object> notes = new LinkedHashMap<>();
        for (ResultRefinement r : refinements) {
            try {
                ResultRefinement.Refined next = r.refine(document, content, refined.result());
                notes.putAll(next.notes());
                refined = new ResultRefinement.Refined(next.result(), notes);
            } catch (RuntimeException e) {
                log.warn("document {}: refinement {} skipped: {}", document, r.getClass().getSimpleName(), e.toString());
            }
        }
        return refined;
    }

    private Instant staleBefore() {
        return now().minus(properties.lease());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Documents waiting for a worker. */
    public int queued() {
        return workers.getQueue().size();
    }

    /** Stops taking work; extractions still running are given back so they do not count as attempts. */
    public void stop() {
        stopping = true;
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        stop();
    }

    public PipelineProperties properties() {
        return properties;
    }
}
