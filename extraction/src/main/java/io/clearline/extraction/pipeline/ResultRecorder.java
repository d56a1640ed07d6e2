package io.clearline.extraction.pipeline;

import io.clearline.core.DocumentId;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.json.ExtractionJson;
import io.clearline.governance.Actor;
import io.clearline.governance.AuditEntry;
import io.clearline.governance.AuditLog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records one finished extraction in one transaction: the run becomes the document's current result,
 * the claim goes, an audit entry names the system extractor, and {@link DocumentExtracted} is published
 * (listeners that need the committed row listen after commit).
 */
final class ResultRecorder {

    /** Who extracts, as the audit log names it. */
    static final Actor EXTRACTOR = Actor.system("extractor");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private static final Logger log = LoggerFactory.getLogger(ResultRecorder.class);

    private final ExtractionRuns runs;
    private final ExtractionClaims claims;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    ResultRecorder(ExtractionRuns runs, ExtractionClaims claims, AuditLog audit, ApplicationEventPublisher events,
            TransactionTemplate tx) {
        this.runs = runs;
        this.claims = claims;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
    }

    ExtractionRun record(DocumentId document, ResultRefinement.Refined refined, int attempts, String version,
            Instant started, Instant finished) {
        ExtractionResult result = refined.result();
        Map<String, Object> tree = ExtractionJson.tree(result);
        if (!refined.notes().isEmpty()) {
            tree.put("learned", refined.notes());
        }
        String json = JSON.writeValueAsString(tree);
        ExtractionRun run = new ExtractionRun(UUID.randomUUID(), document, result.status(), result.reason(),
                result.documentType().name(), json, version, attempts, started, finished,
                Duration.between(started, finished).toMillis(), finished, true);
        tx.executeWithoutResult(status -> {
            String before = runs.current(document).map(r -> r.status().name()).orElse(null);
            runs.insertCurrent(run);
            claims.release(document);
            audit.append(AuditEntry.of(EXTRACTOR, "document:extracted", "document:" + document)
                    .withTransition(before, run.status().name())
                    .withPayload(json.getBytes(StandardCharsets.UTF_8)));
            events.publishEvent(new DocumentExtracted(document, run.id(), run.status(), result.documentType(),
                    run.reason(), version, run.extractedAt()));
        });
        if (result.extracted()) {
            log.info("document {}: {} extracted, {} fields, {} lines, {} ms{}", document, result.documentType(),
                    result.fields().size(), result.lines().size(), run.durationMs(),
                    refined.notes().isEmpty() ? "" : ", learned " + refined.notes().keySet());
        } else {
            log.info("document {}: extraction FAILED ({}), {} ms", document, result.reason(), run.durationMs());
        }
        return run;
    }
}
