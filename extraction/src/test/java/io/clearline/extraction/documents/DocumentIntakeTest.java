package io.clearline.extraction.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.governance.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.util.unit.DataSize;

class DocumentIntakeTest {

    private static PGSimpleDataSource dataSource;

    private final List<Object> events = Collections.synchronizedList(new ArrayList<>());
    private final RawDocuments documents = new RawDocuments(JdbcClient.create(dataSource));

    @BeforeAll
    static void migrate() {
        TestDatabase.Connection db = TestDatabase.get();
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(db.jdbcUrl());
        dataSource.setUser(db.username());
        dataSource.setPassword(db.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    private DocumentIntake intake(DocumentsProperties properties) {
        return new DocumentIntake(documents, properties, new DataSourceTransactionManager(dataSource), events::add);
    }

    private DocumentIntake intake() {
        return intake(DocumentsProperties.defaults());
    }

    @Test
    void storesOnceByContentAndReturnsTheSameDocumentForTheSameBytes() {
        byte[] pdf = Samples.pdf();
        long before = documents.count();

        StoredDocument first = intake().store(RawInput.upload(pdf, "po-1.pdf", "analyst"));
        StoredDocument again = intake().store(RawInput.upload(pdf.clone(), "renamed.pdf", "someone-else"));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.document()).isEqualTo(first.document());
        assertThat(first.document().mediaType()).isEqualTo("application/pdf");
        assertThat(first.document().sha256()).isEqualTo(DocumentIntake.sha256(pdf)).hasSize(64);
        assertThat(documents.count()).isEqualTo(before + 1);
        assertThat(documents.content(first.document().id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
        assertThat(documents.find(first.document().id())).contains(first.document());
        assertThat(events).singleElement().isInstanceOfSatisfying(DocumentStored.class,
                e -> assertThat(e.documentId()).isEqualTo(first.document().id()));
    }

    @Test
    void rejectsEmptyOversizedAndUnsupportedInputWithoutStoringAnything() {
        long before = documents.count();
        DocumentIntake small = intake(new DocumentsProperties(DataSize.ofBytes(100), null, null));

        assertThatThrownBy(() -> intake().store(RawInput.upload(new byte[0], "empty.pdf", "analyst")))
                .isInstanceOf(EmptyDocument.class);
        assertThatThrownBy(() -> small.store(RawInput.upload(Samples.pdf(), "big.pdf", "analyst")))
                .isInstanceOfSatisfying(DocumentTooLarge.class, e -> assertThat(e.limitBytes()).isEqualTo(100));
        assertThatThrownBy(() -> intake().store(RawInput.upload(Samples.exe(), "invoice.pdf", "analyst")))
                .isInstanceOfSatisfying(UnsupportedDocumentType.class,
                        e -> assertThat(e.detectedType()).startsWith("application/x-"));

        assertThat(documents.count()).isEqualTo(before);
        assertThat(events).isEmpty();
    }

    @Test
    void aBatchWithOneBadFileStoresNothing() {
        long before = documents.count();
        List<RawInput> batch = List.of(
                RawInput.upload(Samples.pdf(), "good.pdf", "analyst"),
                RawInput.upload(Samples.zip(), "bad.zip", "analyst"));

        assertThatThrownBy(() -> intake().storeAll(batch))
                .isInstanceOfSatisfying(UnsupportedDocumentType.class, e -> assertThat(e.fileName()).isEqualTo("bad.zip"));
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void aBatchMayRepeatBytesAndStoresThemOnce() {
        byte[] text = Samples.text("01,BANK,CUST,240101,0800,1,80,1,2/");
        List<StoredDocument> stored = intake().storeAll(List.of(
                RawInput.upload(text, "lockbox.bai2", "api-key:orchestrator"),
                RawInput.upload(text.clone(), "lockbox-copy.bai2", "api-key:orchestrator")));

        assertThat(stored).extracting(StoredDocument::created).containsExactly(true, false);
        assertThat(stored.get(1).document().id()).isEqualTo(stored.get(0).document().id());
        assertThat(stored.get(0).document().mediaType()).isEqualTo("text/plain");
    }

    @Test
    void concurrentDeliveriesOfTheSameBytesStoreOneRow() throws Exception {
        byte[] pdf = Samples.pdf();
        long before = documents.count();
        int n = 6;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<StoredDocument>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String who = "client-" + i;
                calls.add(() -> intake().store(RawInput.upload(pdf, "same.pdf", who)));
            }
            List<StoredDocument> results = new ArrayList<>();
            for (Future<StoredDocument> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            assertThat(results).extracting(r -> r.document().id()).containsOnly(results.get(0).document().id());
            assertThat(results).filteredOn(StoredDocument::created).hasSize(1);
            assertThat(documents.count()).isEqualTo(before + 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
