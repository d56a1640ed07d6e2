package io.clearline.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.core.CorrelationId;
import io.clearline.core.audit.AuditEvent;
import io.clearline.governance.ChainVerification.Break;
import io.clearline.governance.audit.ChainLink;
import io.clearline.governance.testing.FreshDatabase;
import io.clearline.governance.testing.TestDatabase;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log on a database of its own per test: these tests break the chain on purpose. */
class AuditLogTest {

    private static final Actor ALICE = Actor.person("alice");

    private SimpleDriverDataSource dataSource;
    private JdbcTransactionManager transactions;
    private AuditLog audit;

    @BeforeEach
    void freshDatabase() throws Exception {
        TestDatabase.Connection db = FreshDatabase.create("audit");
        Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password())
                .locations("classpath:db/migration/governance").load().migrate();
        dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), db.jdbcUrl(), db.username(),
                db.password());
        transactions = new JdbcTransactionManager(dataSource);
        audit = new AuditLog(dataSource, transactions, Clock.systemUTC());
    }

    @Test
    void chainOfEventsVerifies() {
        List<AuditEvent> events = appendTwenty();

        assertThat(events).extracting(AuditEvent::sequence).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 20).mapToObj(i -> (long) i).toList());
        assertThat(events.get(0).previousHash()).isEqualTo(ChainLink.GENESIS);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).previousHash()).isEqualTo(events.get(i - 1).hash());
        }
        assertThat(audit.latest(20)).containsExactlyElementsOf(events);
        assertThat(audit.verify()).isEqualTo(ChainVerification.intact(20));
    }

    @Test
    void tamperedRowIsFoundExactly() {
        appendTwenty();

        asOwnerBypassingTriggers("update governance.audit_event set status_after = 'APPROVED' where sequence = 11");

        ChainVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(11L);
        assertThat(result.reason()).isEqualTo(Break.HASH_MISMATCH);
        assertThat(result.eventsChecked()).isEqualTo(11);
    }

    @Test
    void tamperedAndRehashedRowBreaksTheNextLink() {
        appendTwenty();
        AuditEvent original = audit.query(AuditFilter.ALL, 1, 10).get(0);
        AuditEvent forged = new AuditEvent(11, original.occurredAt(), "person:mallory", original.action(),
                original.subject(), original.statusBefore(), original.statusAfter(), original.payloadHash(),
                original.policyVersion(), original.correlationId(), original.previousHash(), null);

        asOwnerBypassingTriggers("update governance.audit_event set actor = 'person:mallory', hash = '"
                + ChainLink.hash(forged) + "' where sequence = 11");

        ChainVerification result = audit.verify();
        assertThat(result.brokenAt()).isEqualTo(12L);
        assertThat(result.reason()).isEqualTo(Break.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void deletedRowIsFoundAsAGap() {
        appendTwenty();

        asOwnerBypassingTriggers("delete from governance.audit_event where sequence = 7");

        ChainVerification result = audit.verify();
        assertThat(result.brokenAt()).isEqualTo(7L);
        assertThat(result.reason()).isEqualTo(Break.SEQUENCE_GAP);
        assertThat(result.detail()).contains("event 7 is missing");
    }

    @Test
    void databaseRefusesToRewriteTheLog() {
        appendTwenty();
        JdbcClient jdbc = JdbcClient.create(dataSource);

        assertThatThrownBy(() -> jdbc.sql("update governance.audit_event set actor = 'x' where sequence = 3").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.sql("delete from governance.audit_event where sequence = 20").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.sql("truncate governance.audit_event").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only: TRUNCATE refused");

        assertThat(audit.verify()).isEqualTo(ChainVerification.intact(20));
    }

    @Test
    void concurrentAppendsStayOneUnbrokenSequence() throws Exception {
        List<Integer> done = Concurrently.run(4, () -> {
            for (int i = 0; i < 25; i++) {
                audit.append(AuditEntry.of(ALICE, "test.appended", "invoice:" + i));
            }
            return 25;
        });

        assertThat(done).containsOnly(25);
        assertThat(audit.verify()).isEqualTo(ChainVerification.intact(100));
    }

    @Test
    void appendCommitsOrRollsBackWithTheCallersTransaction() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            audit.append(AuditEntry.of(ALICE, "test.appended", "invoice:1"));
            tx.setRollbackOnly();
        });

        assertThat(audit.query(AuditFilter.ALL, 10, 0)).isEmpty();
        assertThat(audit.append(AuditEntry.of(ALICE, "test.appended", "invoice:2")).sequence()).isEqualTo(1);
    }

    @Test
    void queriesBySubjectActorAndTime() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        audit.append(AuditEntry.of(ALICE, "note.attach:proposed", "document:1"));
        audit.append(AuditEntry.of(Actor.agent("playbook"), "note.attach:proposed", "document:2"));
        AuditEvent third = audit.append(AuditEntry.of(ALICE, "note.attach:approved", "document:2"));
        Thread.sleep(5);
        Instant afterThird = Instant.now();
        audit.append(AuditEntry.of(ALICE, "note.attach:executed", "document:2"));

        assertThat(audit.query(AuditFilter.subject("document:2"), 10, 0)).extracting(AuditEvent::sequence)
                .containsExactly(2L, 3L, 4L);
        assertThat(audit.query(AuditFilter.actor("person:alice"), 10, 0)).extracting(AuditEvent::sequence)
                .containsExactly(1L, 3L, 4L);
        assertThat(audit.query(new AuditFilter("document:2", "person:alice", start, afterThird), 10, 0))
                .containsExactly(third);
        assertThat(audit.query(AuditFilter.ALL, 2, 1)).extracting(AuditEvent::sequence).containsExactly(2L, 3L);
        assertThatThrownBy(() -> audit.query(AuditFilter.ALL, 0, 0)).isInstanceOf(InvalidPayload.class);
        assertThatThrownBy(() -> new AuditFilter(null, null, afterThird, start)).isInstanceOf(InvalidPayload.class);
    }

    @Test
    void exportsQuotedCsv() throws Exception {
        String awkward = "document:\"quoted\", with comma\nand a line break";
        AuditEvent event = audit.append(AuditEntry.of(ALICE, "note.attach:proposed", awkward)
                .withTransition(null, "PROPOSED").withPayloadJson(java.util.Map.of("text", "hi"))
                .withPolicyVersion("note.attach@v1").withCorrelationId(new CorrelationId("run-7")));
        audit.append(AuditEntry.of(ALICE, "note.attach:proposed", "document:other"));

        StringWriter out = new StringWriter();
        long written = audit.exportCsv(out, AuditFilter.subject(awkward));

        assertThat(written).isEqualTo(1);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.get("subject")).isEqualTo(awkward);
            assertThat(r.get("sequence")).isEqualTo("1");
            assertThat(r.get("status_before")).isEmpty();
            assertThat(r.get("status_after")).isEqualTo("PROPOSED");
            assertThat(r.get("payload_hash")).isEqualTo(event.payloadHash()).hasSize(64);
            assertThat(r.get("correlation_id")).isEqualTo("run-7");
            assertThat(r.get("hash")).isEqualTo(event.hash());
            assertThat(Instant.parse(r.get("occurred_at"))).isEqualTo(event.occurredAt());
        });
    }

    private List<AuditEvent> appendTwenty() {
        return IntStream.rangeClosed(1, 20).mapToObj(i -> audit.append(
                AuditEntry.of(i % 2 == 0 ? ALICE : Actor.agent("playbook"), "test.step", "invoice:" + (i % 3))
                        .withTransition("S" + (i - 1), "S" + i)
                        .withPayload(("payload " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .withPolicyVersion("test@v1")
                        .withCorrelationId(new CorrelationId("run-" + i))))
                .toList();
    }

    /** What only the database owner can do: switch the guard off, change history, switch it on. */
    private void asOwnerBypassingTriggers(String sql) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("alter table governance.audit_event disable trigger user").update();
            assertThat(jdbc.sql(sql).update()).isEqualTo(1);
            jdbc.sql("alter table governance.audit_event enable trigger user").update();
        });
    }
}
