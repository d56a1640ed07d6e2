package io.clearline.extraction.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.PaymentId;
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
import java.util.concurrent.Callable;
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

/**
 * One booking reported by two files (a camt.054 notification and the day's camt.053, a BAI2 report and
 * a camt) is one payment: the later file links it (ADR 003). Each test uses its own amounts, so the
 * tests do not see each other's bookings in the shared database.
 */
class SameBookingImportTest {

    private static final Actor ANALYST = Actor.person("analyst");
    private static final String IBAN = "DE89370400440532013000";
    private static PGSimpleDataSource dataSource;

    private final List<Object> events = Collections.synchronizedList(new ArrayList<>());
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final Payments payments = new Payments(jdbc);
    private final PaymentSightings sightings = new PaymentSightings(jdbc);
    private final AuditLog audit = new AuditLog(dataSource, new DataSourceTransactionManager(dataSource), Clock.systemUTC());

    @BeforeAll
    static void migrate() {
        TestDatabase.Connection db = FreshDatabase.create("sightings");
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(db.jdbcUrl());
        dataSource.setUser(db.username());
        dataSource.setPassword(db.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    private PaymentFileIntake intake() {
        DataSourceTransactionManager tx = new DataSourceTransactionManager(dataSource);
        DocumentIntake raw = new DocumentIntake(new RawDocuments(jdbc), DocumentsProperties.defaults(), tx, events::add);
        return new PaymentFileIntake(new ImportedPaymentFiles(jdbc), payments, sightings, raw, audit,
                PaymentsProperties.defaults(), tx, events::add);
    }

    /** A camt message (053 statement or 054 notification) with the given credit entries. */
    static byte[] camt(String message, String id, String... entries) {
        String root = message.equals("053") ? "BkToCstmrStmt" : "BkToCstmrDbtCdtNtfctn";
        String record = message.equals("053") ? "Stmt" : "Ntfctn";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.%s.001.08">
                 <%s><GrpHdr><MsgId>%s</MsgId><CreDtTm>2024-03-15T18:00:00</CreDtTm></GrpHdr>
                  <%s><Id>%s</Id><Acct><Id><IBAN>%s</IBAN></Id></Acct>
                %s
                  </%s>
                 </%s>
                </Document>
                """.formatted(message, root, id, record, id, IBAN, String.join("\n", entries), record, root)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A booked credit; blank references are left out. */
    static String credit(String amount, String valueDate, String acctSvcrRef, String endToEndId, String text) {
        return """
                   <Ntry><Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                    <BookgDt><Dt>%s</Dt></BookgDt><ValDt><Dt>%s</Dt></ValDt>%s
                    <NtryDtls><TxDtls>%s<RmtInf><Ustrd>%s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"""
                .formatted(amount, valueDate, valueDate,
                        acctSvcrRef.isEmpty() ? "" : "<AcctSvcrRef>" + acctSvcrRef + "</AcctSvcrRef>",
                        endToEndId.isEmpty() ? "" : "<Refs><EndToEndId>" + endToEndId + "</EndToEndId></Refs>", text);
    }

    @Test
    void theStatementAfterTheNotificationLinksTheBookingInsteadOfStoringItAgain() {
        long before = payments.count();
        PaymentImport notified = intake().importFile(camt("054", "N-1",
                credit("1111.11", "2024-03-15", "BR-1111", "E2E-1111", "INV-1111 ACME")), "ntf.xml", ANALYST);
        PaymentId first = notified.paymentIds().get(0);

        PaymentImport statement = intake().importFile(camt("053", "S-1",
                credit("1111.11", "2024-03-15", "BR-1111", "E2E-1111", "INV-1111 ACME"),
                credit("2222.22", "2024-03-15", "BR-2222", "E2E-2222", "INV-2222 GLOBEX")), "stmt.xml", ANALYST);

        assertThat(statement.file().status()).as(statement.file().reason()).isEqualTo(PaymentFileStatus.ACCEPTED);
        assertThat(statement.seenBefore()).singleElement().satisfies(s -> {
            assertThat(s.paymentId()).isEqualTo(first);
            assertThat(s.position()).isZero();
            assertThat(s.matchedOn()).contains("BANK_REFERENCE BR-1111").contains("END_TO_END_ID E2E-1111");
        });
        assertThat(statement.paymentIds()).hasSize(1).doesNotContain(first);
        assertThat(statement.file().paymentCount()).isEqualTo(1);
        assertThat(payments.count()).isEqualTo(before + 2);
        assertThat(sightings.of(first)).extracting(Sighting::sightingId)
                .containsExactly(statement.seenBefore().get(0).sightingId());
        assertThat(events).filteredOn(PaymentsImported.class::isInstance).map(PaymentsImported.class::cast)
                .filteredOn(e -> e.fileId().equals(statement.file().id())).singleElement()
                .satisfies(e -> assertThat(e.paymentIds()).isEqualTo(statement.paymentIds()));
        assertThat(audit.query(AuditFilter.subject("payment:" + first.value()), 10, 0)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("payment:seen-again"));

        PaymentImport replay = intake().importFile(camt("053", "S-1",
                credit("1111.11", "2024-03-15", "BR-1111", "E2E-1111", "INV-1111 ACME"),
                credit("2222.22", "2024-03-15", "BR-2222", "E2E-2222", "INV-2222 GLOBEX")), "again.xml", ANALYST);
        assertThat(replay.created()).isFalse();
        assertThat(replay.seenBefore()).isEqualTo(statement.seenBefore());
        assertThat(payments.count()).isEqualTo(before + 2);
    }

    @Test
    void aBai2ReportThenACamtStatementOfTheSameBookingIsOnePayment() {
        String bai2 = """
                01,BANKID,CLEARLINE,240315,0800,1,,,2/
                02,CLEARLINE,BANKID,1,240315,,EUR,2/
                03,0532013000,EUR,/
                16,175,333333,V,240315,,BR-3333,,ACME PAYMENT INV-3333/
                49,333333,3/
                98,333333,1,5/
                99,333333,1,7/
                """;
        PaymentImport report = intake().importFile(bai2.getBytes(StandardCharsets.US_ASCII), "prior-day.bai", ANALYST);
        assertThat(report.file().status()).as(report.file().reason()).isEqualTo(PaymentFileStatus.ACCEPTED);

        PaymentImport statement = intake().importFile(camt("053", "S-3",
                credit("3333.33", "2024-03-15", "BR-3333", "E2E-3333", "INV-3333")), "stmt.xml", ANALYST);

        assertThat(statement.paymentIds()).isEmpty();
        assertThat(statement.seenBefore()).singleElement()
                .satisfies(s -> assertThat(s.paymentId()).isEqualTo(report.paymentIds().get(0)));
        assertThat(sightings.account(report.paymentIds().get(0))).contains("0532013000");
    }

    @Test
    void withoutReferencesTheSameAmountDateAccountAndTextAreOneBooking() {
        PaymentImport first = intake().importFile(camt("054", "N-4",
                credit("4444.44", "2024-03-18", "", "", "Rechnung INV-4444 ACME GmbH")), "ntf.xml", ANALYST);
        PaymentImport second = intake().importFile(camt("053", "S-4",
                credit("4444.44", "2024-03-18", "", "", "INV-4444 ACME GmbH")), "stmt.xml", ANALYST);

        assertThat(second.seenBefore()).singleElement().satisfies(s -> {
            assertThat(s.paymentId()).isEqualTo(first.paymentIds().get(0));
            assertThat(s.matchedOn()).isEqualTo("amount, value date, account and reference text");
        });
    }

    @Test
    void twoPaymentsOfOneAmountWithDifferentEndToEndIdsStayTwo() {
        intake().importFile(camt("054", "N-5", credit("5555.55", "2024-03-19", "", "E2E-5555-A", "INV-5555")),
                "ntf.xml", ANALYST);
        PaymentImport other = intake().importFile(camt("053", "S-5",
                credit("5555.55", "2024-03-19", "", "E2E-5555-B", "INV-5555")), "stmt.xml", ANALYST);

        assertThat(other.seenBefore()).isEmpty();
        assertThat(other.paymentIds()).hasSize(1);
    }

    @Test
    void aFileRepeatingOneBookingTwiceStoresBothAndLinksEachAtMostOnce() {
        String same = credit("6666.66", "2024-03-20", "", "", "INV-6666 ACME");
        PaymentImport first = intake().importFile(camt("054", "N-6", same, same), "ntf.xml", ANALYST);
        assertThat(first.paymentIds()).hasSize(2);

        PaymentImport second = intake().importFile(camt("053", "S-6", same, same, same), "stmt.xml", ANALYST);

        assertThat(second.seenBefore()).extracting(Sighting::paymentId).containsExactlyElementsOf(first.paymentIds());
        assertThat(second.paymentIds()).hasSize(1);
    }

    @Test
    void notificationAndStatementImportedAtOnceStoreTheBookingOnce() throws Exception {
        byte[] notification = camt("054", "N-7", credit("7777.77", "2024-03-21", "BR-7777", "E2E-7777", "INV-7777"));
        byte[] statement = camt("053", "S-7", credit("7777.77", "2024-03-21", "BR-7777", "E2E-7777", "INV-7777"));
        long before = payments.count();
        PaymentFileIntake intake = intake();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<PaymentImport>> runs = List.of(
                    () -> intake.importFile(notification.clone(), "ntf.xml", ANALYST),
                    () -> intake.importFile(statement.clone(), "stmt.xml", ANALYST),
                    () -> intake.importFile(notification.clone(), "ntf-again.xml", ANALYST),
                    () -> intake.importFile(statement.clone(), "stmt-again.xml", ANALYST));
            List<PaymentImport> outcomes = new ArrayList<>();
            for (Future<PaymentImport> f : pool.invokeAll(runs, 60, TimeUnit.SECONDS)) {
                outcomes.add(f.get());
            }

            assertThat(outcomes).filteredOn(PaymentImport::created).hasSize(2);
            assertThat(payments.count()).isEqualTo(before + 1);
            PaymentId stored = outcomes.stream().flatMap(o -> o.paymentIds().stream()).findFirst().orElseThrow();
            assertThat(outcomes).allSatisfy(o -> assertThat(o.paymentIds().size() + o.seenBefore().size()).isEqualTo(1));
            assertThat(sightings.of(stored)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
