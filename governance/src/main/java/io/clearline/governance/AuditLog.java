package io.clearline.governance;

import io.clearline.core.audit.AuditEvent;
import io.clearline.governance.audit.AuditCsv;
import io.clearline.governance.audit.AuditRows;
import io.clearline.governance.audit.ChainLink;
import io.clearline.governance.audit.ChainWalk;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only, hash-chained audit log (governance.audit_event). Any module appends one event
 * per state change; called inside a transaction, the event commits or rolls back with the change.
 * Appends are serialised by a transaction-scoped advisory lock so sequence numbers have no gaps
 * and every event chains onto the one before. The table refuses UPDATE, DELETE and TRUNCATE.
 */
public class AuditLog {

    /** Advisory lock key held while appending; any fixed 64-bit number only this log uses. */
    static final long CHAIN_LOCK = 0x436c_6561_726c_6e01L;
    static final int MAX_PAGE = 1000;
    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final NamedParameterJdbcTemplate batch;
    private final TransactionTemplate required;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    public AuditLog(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        // PostgreSQL streams with a cursor only inside a transaction and with a fetch size
        cursor.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(cursor);
        this.batch = new NamedParameterJdbcTemplate(dataSource);
        this.required = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Appends one event, joining the caller's transaction if there is one. */
    public AuditEvent append(AuditEntry entry) {
        return appendAll(List.of(entry)).get(0);
    }

    /**
     * Appends events in the order given, chained one onto the next, under one lock and as one JDBC
     * batch: what a batch of state changes costs is one round trip, not one per event.
     */
    public List<AuditEvent> appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return required.execute(tx -> {
            jdbc.sql("select 1 from pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query(Integer.class).single();
            List<Object[]> head = jdbc.sql("select sequence, hash from governance.audit_event order by sequence desc limit 1")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
            long sequence = head.isEmpty() ? 0 : (Long) head.get(0)[0];
            String previous = head.isEmpty() ? ChainLink.GENESIS : (String) head.get(0)[1];
            List<AuditEvent> sealed = new ArrayList<>(entries.size());
            for (AuditEntry entry : entries) {
                AuditEvent unsealed = new AuditEvent(++sequence, ChainLink.storable(clock.instant()), entry.actor().id(),
                        entry.action(), entry.subject(), entry.statusBefore(), entry.statusAfter(), entry.payloadHash(),
                        entry.policyVersion(), entry.correlationId(), previous, null);
                AuditEvent event = withHash(unsealed, ChainLink.hash(unsealed));
                sealed.add(event);
                previous = event.hash();
            }
            if (sealed.size() == 1) {
                jdbc.sql(AuditRows.INSERT).params(AuditRows.params(sealed.get(0))).update();
            } else {
                batch.batchUpdate(AuditRows.INSERT, sealed.stream()
                        .map(e -> new MapSqlParameterSource(AuditRows.params(e))).toArray(SqlParameterSource[]::new));
            }
            return sealed;
        });
    }

    /** Walks the whole chain in sequence order, streaming, and names the first broken link. */
    public ChainVerification verify() {
        return readOnly.execute(tx -> streaming
                .sql("select " + AuditRows.COLUMNS + " from governance.audit_event order by sequence")
                .query(rs -> {
                    ChainWalk walk = new ChainWalk();
                    while (rs.next() && walk.accept(AuditRows.map(rs))) {
                        // the walk keeps only the previous link
                    }
                    return walk.result();
                }));
    }

    /** Events matching the filter in sequence order, one page at a time (limit 1..1000). */
    public List<AuditEvent> query(AuditFilter filter, int limit, int offset) {
        if (limit < 1 || limit > MAX_PAGE || offset < 0) {
            throw new InvalidPayload("limit must be within 1.." + MAX_PAGE + " and offset not negative");
        }
        Map<String, Object> params = new HashMap<>();
        String sql = AuditRows.select(filter, params) + " limit :limit offset :offset";
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql).params(params).query((rs, n) -> AuditRows.map(rs)).list();
    }

    /** Writes every event matching the filter as CSV, streaming; returns how many rows were written. */
    public long exportCsv(Writer out, AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String sql = AuditRows.select(filter, params);
        Long rows = readOnly.execute(tx -> streaming.sql(sql).params(params).query(rs -> {
            long n = 0;
            try (AuditCsv csv = new AuditCsv(out)) {
                while (rs.next()) {
                    csv.write(AuditRows.map(rs));
                    n++;
                }
            }
            return n;
        }));
        return rows == null ? 0 : rows;
    }

    /** The newest {@code count} events, oldest first; the last hash commits to the whole log before it. */
    public List<AuditEvent> latest(int count) {
        List<AuditEvent> events = new ArrayList<>(jdbc
                .sql("select " + AuditRows.COLUMNS + " from governance.audit_event order by sequence desc limit :n")
                .param("n", Math.max(1, Math.min(count, MAX_PAGE))).query((rs, n) -> AuditRows.map(rs)).list());
        Collections.reverse(events);
        return events;
    }

    private static AuditEvent withHash(AuditEvent e, String hash) {
        return new AuditEvent(e.sequence(), e.occurredAt(), e.actor(), e.action(), e.subject(), e.statusBefore(),
                e.statusAfter(), e.payloadHash(), e.policyVersion(), e.correlationId(), e.previousHash(), hash);
    }
}
