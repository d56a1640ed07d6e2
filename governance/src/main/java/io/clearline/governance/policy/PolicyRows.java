package io.clearline.governance.policy;

import io.clearline.core.money.Money;
import io.clearline.governance.ActionPolicy;
import io.clearline.governance.Actor;
import io.clearline.governance.PolicyRules;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and inserts rows of governance.policy; it never updates one (a trigger would refuse). */
public final class PolicyRows {

    private static final String COLUMNS = "kind, version, auto_approve_min_confidence, auto_approve_max_amount, "
            + "amount_currency, reject_below_confidence, created_by, created_at, reason";

    private final JdbcClient jdbc;

    public PolicyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActionPolicy> current(String kind) {
        return jdbc.sql("select " + COLUMNS + " from governance.policy where kind = :kind order by version desc limit 1")
                .param("kind", kind).query((rs, n) -> map(rs)).optional();
    }

    public List<ActionPolicy> history(String kind) {
        return jdbc.sql("select " + COLUMNS + " from governance.policy where kind = :kind order by version")
                .param("kind", kind).query((rs, n) -> map(rs)).list();
    }

    public List<ActionPolicy> currentAll() {
        return jdbc.sql("select distinct on (kind) " + COLUMNS + " from governance.policy order by kind, version desc")
                .query((rs, n) -> map(rs)).list();
    }

    /** Holds off other writers of this kind's policy until the transaction ends. */
    public void lock(String kind) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext('governance.policy:' || :kind))")
                .param("kind", kind).query(Integer.class).single();
    }

    public void insert(ActionPolicy p) {
        PolicyRules r = p.rules();
        Money limit = r.autoApproveMaxAmount();
        jdbc.sql("insert into governance.policy (" + COLUMNS + ") values (:kind, :version, :minConfidence, "
                + ":maxAmount, :currency, :rejectBelow, :createdBy, :createdAt, :reason)")
                .param("kind", p.kind())
                .param("version", p.version())
                .param("minConfidence", r.autoApproveMinConfidence())
                .param("maxAmount", limit == null ? null : limit.amount())
                .param("currency", limit == null ? null : limit.currency().getCurrencyCode())
                .param("rejectBelow", r.rejectBelowConfidence())
                .param("createdBy", p.createdBy().id())
                .param("createdAt", Timestamp.from(p.createdAt()))
                .param("reason", p.reason())
                .update();
    }

    private static ActionPolicy map(ResultSet rs) throws SQLException {
        BigDecimal max = rs.getBigDecimal("auto_approve_max_amount");
        Money limit = max == null ? null : Money.of(max, rs.getString("amount_currency"));
        PolicyRules rules = new PolicyRules(nullableDouble(rs, "auto_approve_min_confidence"), limit,
                nullableDouble(rs, "reject_below_confidence"));
        return new ActionPolicy(rs.getString("kind"), rs.getInt("version"), rules,
                Actor.parse(rs.getString("created_by")), rs.getTimestamp("created_at").toInstant(),
                rs.getString("reason"));
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
