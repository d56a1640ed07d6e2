package io.clearline.extraction.pipeline;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.clearline.core.DocumentId;
import io.clearline.core.document.DocumentType;
import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionStatus;
import io.clearline.extraction.TestPdfs;
import io.clearline.extraction.documents.DocumentIntake;
import io.clearline.extraction.documents.DocumentsProperties;
import io.clearline.extraction.documents.RawDocuments;
import io.clearline.extraction.documents.RawInput;
import io.clearline.extraction.pipeline.ExtractionClaims.Trigger;
import io.clearline.governance.AuditFilter;
import io.clearline.governance.AuditLog;
import io.clearline.governance.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The pipeline against a real PostgreSQL, without Spring: results, failures, crashes and re-extraction. */
class ExtractionPipelineTest {

    private static PGSimpleDataSource dataSource;

    private final List<Object> events = Collections.synchronizedList(new ArrayList<>());
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final RawDocuments documents = new RawDocuments(jdbc);
    private final ExtractionRuns runs = new ExtractionRuns(jdbc);
    private final ExtractionClaims claims = new ExtractionClaims(jdbc);
    private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    private final AuditLog audit = new AuditLog(dataSource, transactions, Clock.systemUTC());
    private final DocumentIntake intake = new DocumentIntake(documents, DocumentsProperties.defaults(), transactions,
            e -> { });
    private final List<ExtractionPipeline> started = new ArrayList<>();

    @BeforeAll
    static void migrate() {
        TestDatabase.Connection db = TestDatabase.get();
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(db.jdbcUrl());
        dataSource.setUser(db.username());
        dataSource.setPassword(db.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @AfterEach
    void stop() {
        started.forEach(ExtractionPipeline::stop);
    }

    private ExtractionPipeline pipeline(PipelineProperties properties) {
        ExtractionPipeline p = new ExtractionPipeline(documents, runs, claims, new DocumentExtractor(), List.of(), audit,
                events::add, transactions, properties, Clock.systemUTC());
        started.add(p);
        return p;
    }

    private ExtractionPipeline pipeline() {
        return pipeline(PipelineProperties.defaults());
    }

    private DocumentId store(byte[] content, String name) {
        return intake.store(RawInput.upload(content, name, "test")).document().id();
    }

    static byte[] purchaseOrder(String number) throws IOException {
        return TestPdfs.pdf(List.of(List.of(
                new TestPdfs.Text(50, 50, "PURCHASE ORDER", 18),
                at(50, 90, "PO Number:"), at(150, 90, number),
                at(50, 104, "Order Date:"), at(150, 104, "2024-03-14"),
                at(50, 118, "Buyer:"), at(150, 118, "Northwind Traders Inc."),
                at(50, 160, "Item"), at(120, 160, "Description"), at(300, 160, "Qty"), at(360, 160, "Unit Price"),
                at(450, 160, "Amount"),
                at(50, 176, "NW-100"), at(120, 176, "Steel bolts M8"), at(300, 176, "10"), at(360, 176, "2.50"),
                at(450, 176, "25.00"),
                at(360, 210, "Total"), at(450, 210, "25.00 USD"))));
    }

    @Test
    void aStoredPurchaseOrderIsExtractedRecordedAuditedAndAnnounced() throws IOException {
        String number = "PO-" + (100000 + (int) (Math.random() * 800000));
        DocumentId id = store(purchaseOrder(number), "po.pdf");

        Optional<ExtractionRun> run = pipeline().run(id, Trigger.STORED);

        assertThat(run).isPresent();
        ExtractionRun current = runs.current(id).orElseThrow();
        assertThat(current.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(current.documentType()).isEqualTo("PURCHASE_ORDER");
        assertThat(current.resultJson()).contains("\"po_number\"", number, "\"document_type\"", "\"lines\"");
        assertThat(current.attempts()).isEqualTo(1);
        assertThat(current.extractorVersion()).startsWith("clearline-extraction/");
        assertThat(current.finishedAt()).isAfterOrEqualTo(current.startedAt());
        assertThat(events).filteredOn(DocumentExtracted.class::isInstance).map(DocumentExtracted.class::cast)
                .singleElement().satisfies(e -> {
                    assertThat(e.documentId()).isEqualTo(id);
                    assertThat(e.status()).isEqualTo(ExtractionStatus.EXTRACTED);
                    assertThat(e.documentType()).isEqualTo(DocumentType.PURCHASE_ORDER);
                });
        assertThat(audit.query(AuditFilter.subject("document:" + id), 10, 0)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("system:extractor");
            assertThat(e.action()).isEqualTo("document:extracted");
            assertThat(e.statusAfter()).isEqualTo("EXTRACTED");
        });
        // a second trigger for the same document does nothing: it has its result
        assertThat(pipeline().run(id, Trigger.STORED)).isEmpty();
        assertThat(runs.history(id)).hasSize(1);
    }

    @Test
    void badDocumentsEndFailedWithAReasonAndTheNextOneIsStillExtracted() throws IOException {
        DocumentId corrupt = store(("%PDF-1.7\n" + UUID.randomUUID() + "\nthis is not a PDF body\n")
                .getBytes(StandardCharsets.US_ASCII), "corrupt.pdf");
        DocumentId encrypted = store(TestPdfs.pdf(List.of(List.of(at(50, 50, "secret " + UUID.randomUUID()))),
                "pw"), "encrypted.pdf");
        DocumentId noText = store(TestPdfs.pdf(List.of(List.of(), List.of())), "blank-" + UUID.randomUUID() + ".pdf");
        DocumentId fine = store(purchaseOrder("PO-" + UUID.randomUUID().toString().substring(0, 6)), "fine.pdf");
        ExtractionPipeline pipeline = pipeline();

        for (DocumentId id : List.of(corrupt, encrypted, noText, fine)) {
            pipeline.run(id, Trigger.STORED);
        }

        assertThat(runs.current(corrupt).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ExtractionStatus.FAILED);
            assertThat(r.reason()).containsIgnoringCase("corrupt");
        });
        assertThat(runs.current(encrypted).orElseThrow().reason()).containsIgnoringCase("encrypted");
        assertThat(runs.current(noText).orElseThrow().reason()).containsIgnoringCase("text");
        assertThat(runs.current(fine).orElseThrow().status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(events).filteredOn(DocumentExtracted.class::isInstance).hasSize(4);
    }

    @Test
    void aDocumentWhoseExtractionDiedWithItsProcessIsTakenAgainAfterTheLease() throws IOException {
        DocumentId id = store(purchaseOrder("PO-" + UUID.randomUUID().toString().substring(0, 6)), "po.pdf");
        // a process claimed it ten minutes ago and was killed before recording anything
        Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
        assertThat(claims.claim(id, "dead-node", Trigger.STORED, tenMinutesAgo, tenMinutesAgo)).contains(1);
        // a live claim of another node is left alone
        DocumentId busy = store(purchaseOrder("PO-" + UUID.randomUUID().toString().substring(0, 6)), "busy.pdf");
        claims.claim(busy, "live-node", Trigger.STORED, Instant.now(), Instant.now().minusSeconds(1));

        ExtractionPipeline restarted = pipeline();
        assertThat(restarted.run(busy, Trigger.RECOVERED)).isEmpty();
        restarted.sweep();

        ExtractionRun run = await(id);
        assertThat(run.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(run.attempts()).isEqualTo(2);
        assertThat(runs.current(busy)).isEmpty();
    }

    @Test
    void aDocumentThatKilledTheExtractorAtEveryAttemptEndsFailedInsteadOfLooping() throws IOException {
        DocumentId id = store(purchaseOrder("PO-" + UUID.randomUUID().toString().substring(0, 6)), "poison.pdf");
        Instant old = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            claims.claim(id, "crashed-" + i, Trigger.RECOVERED, old, old.plusSeconds(1));
        }

        Optional<ExtractionRun> run = pipeline().run(id, Trigger.RECOVERED);

        assertThat(run).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(ExtractionStatus.FAILED);
            assertThat(r.attempts()).isEqualTo(4);
            assertThat(r.reason()).contains("started 3 times and never finished");
        });
        assertThat(pipeline().run(id, Trigger.RECOVERED)).isEmpty();
    }

    @Test
    void reExtractionKeepsThePreviousResultAsHistory() throws IOException {
        DocumentId id = store(purchaseOrder("PO-" + UUID.randomUUID().toString().substring(0, 6)), "po.pdf");
        ExtractionPipeline pipeline = pipeline();
        ExtractionRun first = pipeline.run(id, Trigger.STORED).orElseThrow();

        ExtractionRun second = pipeline.run(id, Trigger.REEXTRACT).orElseThrow();

        assertThat(runs.current(id)).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(second.id()));
        assertThat(runs.history(id)).extracting(ExtractionRun::id, ExtractionRun::current)
                .containsExactly(tuple(second.id(), true),
                        tuple(first.id(), false));
        assertThat(audit.query(AuditFilter.subject("document:" + id), 10, 0))
                .extracting(e -> e.statusBefore() + "→" + e.statusAfter())
                .containsExactlyInAnyOrder("null→EXTRACTED", "EXTRACTED→EXTRACTED");
    }

    private ExtractionRun await(DocumentId id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ExtractionRun> run = runs.current(id);
            if (run.isPresent()) {
                return run.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("document " + id + " was not extracted within 60 s");
    }
}
