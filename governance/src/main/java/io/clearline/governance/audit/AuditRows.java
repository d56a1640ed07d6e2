package io.clearline.governance.audit;

import io.clearline.core.audit.AuditEvent;
import io.clearline.governance.AuditFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SQL for governance.audit_event: columns, row mapping and the WHERE clause of a filter. */
public final class AuditRows {

    public static final String COLUMNS = "sequence, occurred_at, actor, action, subject, status_before, "
            + "status_after, payload_hash, policy_version, correlation_id, previous_hash, hash";

    public static final String INSERT = "insert into governance.audit_event (" + COLUMNS + ") values "
            + "(:sequence, :occurredAt, :actor, :action, :subject, :statusBefore, :statusAfter, "
            + ":payloadHash, :policyVersion, :correlationId, :previousHash, :hash)";

    private AuditRows() {
    }

    public static AuditEvent map(ResultSet rs) throws SQLException {
        return new AuditEvent(
                rs.getLong("sequence"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject"),
                rs.getString("status_before"),
                rs.getString("status_after"),
                rs.getString("payload_hash"),
                rs.getString("policy_version"),
                rs.getString("correlation_id"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    public static Map<String, Object> params(AuditEvent e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sequence", e.sequence());
        p.put("occurredAt", Timestamp.from(e.occurredAt()));
        p.put("actor", e.actor());
        p.put("action", e.action());
        p.put("subject", e.subject());
        p.put("statusBefore", e.statusBefore());
        p.put("statusAfter", e.statusAfter());
        p.put("payloadHash", e.payloadHash());
        p.put("policyVersion", e.policyVersion());
        p.put("correlationId", e.correlationId());
        p.put("previousHash", e.previousHash());
        p.put("hash", e.hash());
        return p;
    }

    /** A SELECT over the filter in sequence order; parameters go into {@code params}. */
    public static String select(AuditFilter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (f.subject() != null) {
            where.add("subject = :subject");
            params.put("subject", f.subject());
        }
        if (f.actor() != null) {
            where.add("actor = :actor");
            params.put("actor", f.actor());
        }
        if (f.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", Timestamp.from(f.to()));
        }
        return "select " + COLUMNS + " from governance.audit_event"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by sequence";
    }
}
