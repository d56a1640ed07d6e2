package io.clearline.extraction.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.PaymentId;
import io.clearline.core.audit.AuditEvent;
import io.clearline.core.receivables.Payment;
import io.clearline.extraction.bank.Corpus;
import io.clearline.extraction.bank.BankFileFormat;
import io.clearline.extraction.bank.BankFileResult;
import io.clearline.extraction.bank.BankFileSettings;
import io.clearline.extraction.bank.PaymentFiles;
import io.clearline.extraction.documents.DocumentIntake;
import io.clearline.extraction.documents.DocumentsProperties;
import io.clearline.extraction.documents.RawDocuments;
import io.clearline.governance.Actor;
import io.clearline.governance.AuditFilter;
import io.clearline.governance.AuditLog;
import io.clearline.governance.testing.FreshDatabase;
import io.clearline.governance.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.util.unit.DataSize;

/** Importing payment files into a database of its own (so "new" and "already imported" are exact). */
class PaymentFileIntakeTest {

    private static final Actor ANALYST = Actor.person("analyst");
    private static PGSimpleDataSource dataSource;

    private final List<Object> events = Collections.synchronizedList(new ArrayList<>());
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final ImportedPaymentFiles files = new ImportedPaymentFiles(jdbc);
    private final Payments payments = new Payments(jdbc);
    private final PaymentSightings sightings = new PaymentSightings(jdbc);
    private final RawDocuments documents = new RawDocuments(jdbc);
    private final AuditLog audit = new AuditLog(dataSource, new DataSourceTransactionManager(dataSource), Clock.systemUTC());

    @BeforeAll
    static void migrate() {
        TestDatabase.Connection db = FreshDatabase.create("payments");
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(db.jdbcUrl());
        dataSource.setUser(db.username());
        dataSource.setPassword(db.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    private PaymentFileIntake intake(PaymentsProperties properties) {
        DataSourceTransactionManager tx = new DataSourceTransactionManager(dataSource);
        DocumentIntake raw = new DocumentIntake(documents, DocumentsProperties.defaults(), tx, events::add);
        return new PaymentFileIntake(files, payments, sightings, raw, audit, properties, tx, events::add);
    }

    private PaymentFileIntake intake() {
        return intake(PaymentsProperties.defaults());
    }

    @Test
    void storesEveryPaymentOfAFileExactlyAsParsedOnceOnly() {
        byte[] bai2 = Corpus.bytes("bai2-ministryofjustice/citi_example.bai2");
        BankFileResult.Accepted parsed = (BankFileResult.Accepted) PaymentFiles.read(bai2, "citi", BankFileSettings.defaults());
        long paymentsBefore = payments.count();

        PaymentImport first = intake().importFile(bai2, "citi_example.bai2", ANALYST);

        assertThat(first.created()).isTrue();
        PaymentFile file = first.file();
        assertThat(file.status()).isEqualTo(PaymentFileStatus.ACCEPTED);
        assertThat(file.format()).isEqualTo(BankFileFormat.BAI2);
        assertThat(file.paymentCount()).isEqualTo(parsed.payments().size()).isPositive();
        assertThat(first.paymentIds()).containsExactlyElementsOf(parsed.payments().stream().map(Payment::id).toList());
        assertThat(payments.ofFile(file.id())).containsExactlyElementsOf(parsed.payments());
        assertThat(payments.count()).isEqualTo(paymentsBefore + parsed.payments().size());
        assertThat(payments.status(first.paymentIds().get(0))).contains(PaymentStatus.UNAPPLIED);
        assertThat(documents.content(file.rawDocument().orElseThrow())).hasValueSatisfying(b -> assertThat(b).isEqualTo(bai2));
        assertThat(files.find(file.id())).contains(file);
        List<AuditEvent> trail = audit.query(AuditFilter.subject(file.subject()), 10, 0);
        assertThat(trail).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("payment-file:imported");
            assertThat(e.actor()).isEqualTo("person:analyst");
            assertThat(e.payloadHash()).isEqualTo(file.sha256());
        });
        assertThat(events).filteredOn(PaymentsImported.class::isInstance).singleElement()
                .isEqualTo(new PaymentsImported(file.id(), first.paymentIds(), file.receivedAt()));

        PaymentImport again = intake().importFile(bai2.clone(), "renamed.bai2", Actor.person("someone-else"));

        assertThat(again.created()).isFalse();
        assertThat(again.file()).isEqualTo(file);
        assertThat(again.paymentIds()).isEqualTo(first.paymentIds());
        assertThat(payments.count()).isEqualTo(paymentsBefore + parsed.payments().size());
        assertThat(audit.query(AuditFilter.subject(file.subject()), 10, 0)).hasSize(1);
        assertThat(events).filteredOn(PaymentsImported.class::isInstance).hasSize(1);
    }

    @Test
    void remittanceLinesOfCamtAndX12SurviveTheRoundTripAndWaitAsUnapplied() {
        List<Payment> all = new ArrayList<>();
        for (String name : List.of("camt-genkgo/camt054.v4.xml", "x12-edinet/x12.820.issue140.edi")) {
            byte[] bytes = Corpus.bytes(name);
            BankFileResult.Accepted parsed = (BankFileResult.Accepted) PaymentFiles.read(bytes, name, BankFileSettings.defaults());

            PaymentImport imported = intake().importFile(bytes, name, ANALYST);

            assertThat(imported.file().status()).as(name + ": " + imported.file().reason()).isEqualTo(PaymentFileStatus.ACCEPTED);
            assertThat(payments.ofFile(imported.file().id())).as(name).containsExactlyElementsOf(parsed.payments());
            for (Payment p : parsed.payments()) {
                assertThat(payments.find(p.id())).as(name).contains(p);
            }
            all.addAll(parsed.payments());
        }
        assertThat(all).anyMatch(Payment::hasRemittance);
        assertThat(payments.unapplied(10_000)).containsAll(all);
        assertThat(payments.find(new PaymentId("no-such-payment"))).isEmpty();
    }

    @Test
    void aFileWhoseTotalsDisagreeIsRecordedAsRejectedWithNothingImported() {
        byte[] wrong = wrongTrailer();
        long paymentsBefore = payments.count();

        PaymentImport rejected = intake().importFile(wrong, "wrong.bai2", ANALYST);

        PaymentFile file = rejected.file();
        assertThat(rejected.created()).isTrue();
        assertThat(file.status()).isEqualTo(PaymentFileStatus.REJECTED);
        assertThat(file.reason()).contains("99").contains("20001").contains("20002");
        assertThat(file.paymentCount()).isZero();
        assertThat(rejected.paymentIds()).isEmpty();
        assertThat(payments.count()).isEqualTo(paymentsBefore);
        assertThat(documents.content(file.rawDocument().orElseThrow())).hasValueSatisfying(b -> assertThat(b).isEqualTo(wrong));
        assertThat(audit.query(AuditFilter.subject(file.subject()), 10, 0)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("payment-file:rejected"));
        assertThat(events).noneMatch(PaymentsImported.class::isInstance);

        PaymentImport again = intake().importFile(wrong, "wrong.bai2", ANALYST);
        assertThat(again.created()).isFalse();
        assertThat(again.file()).isEqualTo(file);
        assertThat(audit.query(AuditFilter.subject(file.subject()), 10, 0)).hasSize(1);
    }

    @Test
    void configuredToAcceptMismatchesTheFileIsImportedWithWarnings() {
        // another bank's file than the other tests', so its payment is new here whatever ran before
        String nwb = new String(Corpus.bytes("bai2-ministryofjustice/nwb_example.bai2"), StandardCharsets.US_ASCII);
        byte[] wrong = nwb.replace("99,143764,", "99,143765,").getBytes(StandardCharsets.US_ASCII);
        assertThat(PaymentFiles.read(wrong, "x")).isInstanceOf(BankFileResult.Rejected.class);

        PaymentImport imported = intake(new PaymentsProperties(false, null, null)).importFile(wrong, "lenient.bai2", ANALYST);

        assertThat(imported.file().status()).as(imported.file().reason()).isEqualTo(PaymentFileStatus.ACCEPTED);
        assertThat(imported.file().warnings()).anyMatch(w -> w.contains("totals do not agree"));
        assertThat(files.find(imported.file().id()).orElseThrow().warnings()).isEqualTo(imported.file().warnings());
        assertThat(payments.ofFile(imported.file().id())).hasSize(imported.file().paymentCount()).isNotEmpty();
    }

    @Test
    void acceptingMismatchesForOneFormatLeavesTheOthersStrict() {
        PaymentFileIntake bai2Lenient = intake(new PaymentsProperties(true, null, java.util.Set.of(BankFileFormat.BAI2)));

        // not the bytes the rejection test records (the same bytes would replay that outcome)
        byte[] wrong = (new String(wrongTrailer(), StandardCharsets.US_ASCII) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        PaymentImport bai2 = bai2Lenient.importFile(wrong, "bai2-lenient.bai2", ANALYST);
        PaymentImport mt940 = bai2Lenient.importFile(Corpus.bytes("mt940-wolph/jejik/abnamro.sta"), "abn.sta", ANALYST);

        assertThat(bai2.file().status()).isEqualTo(PaymentFileStatus.ACCEPTED);
        assertThat(files.find(bai2.file().id()).orElseThrow().warnings())
                .anyMatch(w -> w.startsWith("totals do not agree (accepted by configuration)") && w.contains("20002"));
        assertThat(mt940.file().status()).isEqualTo(PaymentFileStatus.REJECTED);
        assertThat(mt940.file().reason()).startsWith("totals do not agree").contains("closing balance");
    }

    @Test
    void emptyOversizedAndForeignFilesAreRecordedRejectionsNotErrors() {
        PaymentImport empty = intake().importFile(new byte[0], "empty.bai2", ANALYST);
        PaymentImport big = intake(new PaymentsProperties(true, DataSize.ofBytes(100), null))
                .importFile(Corpus.bytes("camt-genkgo/camt053.v2.minimal.xml"), "big.xml", ANALYST);
        PaymentImport nacha = intake().importFile(Corpus.bytes("nacha-moov-ach/" + firstNacha()), "ach.txt", ANALYST);

        assertThat(empty.file().status()).isEqualTo(PaymentFileStatus.REJECTED);
        assertThat(empty.file().rawDocument()).isEmpty();
        assertThat(big.file().reason()).contains("over the limit of 100");
        assertThat(nacha.file().reason()).contains("NACHA");
        assertThat(List.of(empty, big, nacha)).allSatisfy(i -> assertThat(files.find(i.file().id())).contains(i.file()));
    }

    @Test
    void concurrentImportsOfTheSameBytesRecordTheFileOnce() throws Exception {
        byte[] mt940 = Corpus.bytes("mt940-wolph/ASNB/mt940.txt");
        long paymentsBefore = payments.count();
        PaymentFileIntake intake = intake();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PaymentImport>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> intake.importFile(mt940.clone(), "mt940.txt", ANALYST)));
            }
            List<PaymentImport> outcomes = new ArrayList<>();
            for (Future<PaymentImport> run : runs) {
                outcomes.add(run.get(60, TimeUnit.SECONDS));
            }

            assertThat(outcomes).filteredOn(PaymentImport::created).hasSize(1);
            assertThat(outcomes).extracting(i -> i.file().id()).containsOnly(outcomes.get(0).file().id());
            assertThat(outcomes).extracting(PaymentImport::paymentIds).containsOnly(outcomes.get(0).paymentIds());
            assertThat(payments.count()).isEqualTo(paymentsBefore + outcomes.get(0).file().paymentCount());
            assertThat(audit.query(AuditFilter.subject(outcomes.get(0).file().subject()), 10, 0)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The corpus' Citi BAI2 with its file trailer (99) stating one cent more than the records add up to. */
    private static byte[] wrongTrailer() {
        String text = new String(Corpus.bytes("bai2-ministryofjustice/citi_example.bai2"), StandardCharsets.US_ASCII);
        String changed = text.replace("99,20001,", "99,20002,");
        assertThat(changed).isNotEqualTo(text);
        return changed.getBytes(StandardCharsets.US_ASCII);
    }

    private static String firstNacha() {
        try (var list = java.nio.file.Files.list(Corpus.remittance().resolve("nacha-moov-ach"))) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ach")).sorted().findFirst()
                    .orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
