package io.clearline.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.audit.AuditEvent;
import io.clearline.governance.audit.AuditRows;
import io.clearline.governance.audit.ChainLink;
import io.clearline.governance.testing.FreshDatabase;
import io.clearline.governance.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Verification streams: a log far larger than one page is walked to the end, and a break near the
 * end is still found. Logs the rates (noisy on a shared machine; a measurement, not a target).
 */
class AuditChainScaleTest {

    private static final Logger log = LoggerFactory.getLogger(AuditChainScaleTest.class);
    private static final int EVENTS = 20_000;

    @Test
    void verifiesALargeLogAndFindsABreakNearItsEnd() {
        TestDatabase.Connection db = FreshDatabase.create("audit_scale");
        Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password())
                .locations("classpath:db/migration/governance").load().migrate();
        com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource();
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername(db.username());
        ds.setPassword(db.password());
        ds.setMaximumPoolSize(2);
        JdbcTransactionManager tx = new JdbcTransactionManager(ds);
        AuditLog audit = new AuditLog(ds, tx, Clock.systemUTC());

        long t0 = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            audit.append(AuditEntry.of(Actor.matcher("cash"), "test.appended", "invoice:" + i).withTransition("A", "B"));
        }
        double appendMs = (System.nanoTime() - t0) / 1e6 / 500;
        bulkLoad(ds, audit.latest(1).get(0), EVENTS - 500);

        long t1 = System.nanoTime();
        ChainVerification intact = audit.verify();
        double verifyS = (System.nanoTime() - t1) / 1e9;

        assertThat(intact).isEqualTo(ChainVerification.intact(EVENTS));
        new org.springframework.transaction.support.TransactionTemplate(tx).executeWithoutResult(s -> {
            var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(ds);
            jdbc.sql("alter table governance.audit_event disable trigger user").update();
            jdbc.sql("update governance.audit_event set subject = 'invoice:forged' where sequence = :s")
                    .param("s", EVENTS - 3).update();
            jdbc.sql("alter table governance.audit_event enable trigger user").update();
        });
        ChainVerification broken = audit.verify();
        assertThat(broken.brokenAt()).isEqualTo(EVENTS - 3L);
        assertThat(broken.reason()).isEqualTo(ChainVerification.Break.HASH_MISMATCH);

        ds.close();
        log.info("audit chain: append {} ms/event (one transaction each, pooled connection); verify {} events in {} s ({} events/s)",
                String.format("%.2f", appendMs), EVENTS, String.format("%.2f", verifyS),
                Math.round(EVENTS / verifyS));
    }

    /** Chains events onto the head without the per-event transaction, to build a big log quickly. */
    private static void bulkLoad(javax.sql.DataSource ds, AuditEvent head, int count) {
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(ds);
        List<Map<String, Object>> batch = new ArrayList<>();
        AuditEvent previous = head;
        Instant t = head.occurredAt();
        for (int i = 1; i <= count; i++) {
            AuditEvent unsealed = new AuditEvent(previous.sequence() + 1, t.plusMillis(i), "matcher:cash",
                    "test.appended", "invoice:" + (i % 997), "A", "B", null, "test@v1", "bulk", previous.hash(), null);
            AuditEvent e = new AuditEvent(unsealed.sequence(), unsealed.occurredAt(), unsealed.actor(),
                    unsealed.action(), unsealed.subject(), unsealed.statusBefore(), unsealed.statusAfter(),
                    unsealed.payloadHash(), unsealed.policyVersion(), unsealed.correlationId(),
                    unsealed.previousHash(), ChainLink.hash(unsealed));
            batch.add(AuditRows.params(e));
            previous = e;
            if (batch.size() == 2000 || i == count) {
                jdbc.batchUpdate(AuditRows.INSERT, batch.stream()
                        .map(org.springframework.jdbc.core.namedparam.MapSqlParameterSource::new)
                        .toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new));
                batch.clear();
            }
        }
    }
}
