package io.clearline.governance.proposal;

import io.clearline.core.Confidence;
import io.clearline.core.CorrelationId;
import io.clearline.core.money.Money;
import io.clearline.governance.ActionProposal;
import io.clearline.governance.Actor;
import io.clearline.governance.ProposalStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SQL for governance.action_proposal. */
public final class ProposalRows {

    private static final String COLUMNS = "id, idempotency_key, kind, subject, payload::text as payload, payload_hash, "
            + "proposer, confidence, evidence::text as evidence, amount, currency, status, policy_version, "
            + "decision_reason, decided_by, outcome, failure_reason, correlation_id, created_at, updated_at";

    private static final String INSERT = "insert into governance.action_proposal (id, idempotency_key, kind, subject, "
            + "payload, payload_hash, proposer, confidence, evidence, amount, currency, status, correlation_id, created_at, "
            + "updated_at) values (:id, :key, :kind, :subject, cast(:payload as jsonb), :payloadHash, :proposer, "
            + ":confidence, cast(:evidence as jsonb), :amount, :currency, :status, :correlationId, :now, :now) "
            + "on conflict (idempotency_key) do nothing";
    private static final String DECIDE = "update governance.action_proposal set status = :status, policy_version = "
            + "coalesce(:version, policy_version), decision_reason = :reason, decided_by = :decidedBy, updated_at = :now "
            + "where id = :id";
    private static final String FINISH = "update governance.action_proposal set status = :status, outcome = :outcome, "
            + "failure_reason = :failure, updated_at = :now where id = :id";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final PayloadCodec codec;

    public ProposalRows(JdbcClient jdbc, NamedParameterJdbcOperations batch, PayloadCodec codec) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.codec = codec;
    }

    /** A decision to record: {@link #decide} for many rows. */
    public record Decided(UUID id, ProposalStatus status, Integer policyVersion, String reason, Actor decidedBy) {
    }

    /** An end to record: {@link #finish} for many rows. */
    public record Finished(UUID id, ProposalStatus status, String outcome, String failureReason) {
    }

    /**
     * Inserts unless the idempotency key exists. A concurrent insert of the same key waits here
     * until the first transaction ends, then sees its row: the key is claimed exactly once.
     */
    public boolean insertIfAbsent(ActionProposal p) {
        return jdbc.sql(INSERT).paramSource(insertParams(p)).update() == 1;
    }

    /**
     * {@link #insertIfAbsent} for many proposals in one JDBC batch; element i says whether proposal i
     * claimed its key (false: the key existed, also when an earlier element of the same batch took it).
     */
    public boolean[] insertAllIfAbsent(List<ActionProposal> proposals) {
        int[] counts = batch.batchUpdate(INSERT, proposals.stream().map(this::insertParams)
                .toArray(SqlParameterSource[]::new));
        boolean[] inserted = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            inserted[i] = counts[i] == 1;
        }
        return inserted;
    }

    private MapSqlParameterSource insertParams(ActionProposal p) {
        Money amount = p.amount();
        return new MapSqlParameterSource()
                .addValue("id", p.id())
                .addValue("key", p.idempotencyKey())
                .addValue("kind", p.kind())
                .addValue("subject", p.subject())
                .addValue("payload", p.payloadJson())
                .addValue("payloadHash", p.payloadHash())
                .addValue("proposer", p.proposer().id())
                .addValue("confidence", p.confidence().value())
                .addValue("evidence", codec.writeJson(p.evidence()))
                .addValue("amount", amount == null ? null : amount.amount())
                .addValue("currency", amount == null ? null : amount.currency().getCurrencyCode())
                .addValue("status", p.status().name())
                .addValue("correlationId", p.correlationId().value())
                .addValue("now", Timestamp.from(p.createdAt()));
    }

    /** The proposals with these ids, in no particular order. */
    public List<ActionProposal> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return batch.query("select " + COLUMNS + " from governance.action_proposal where id = any(:ids)",
                Map.of("ids", ids.toArray(UUID[]::new)), (rs, n) -> map(rs));
    }

    /** Reads and row-locks many proposals, in id order so two batches never wait on each other in a circle. */
    public List<ActionProposal> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return batch.query("select " + COLUMNS + " from governance.action_proposal where id = any(:ids) "
                + "order by id for update", Map.of("ids", ids.toArray(UUID[]::new)), (rs, n) -> map(rs));
    }

    /** The proposals holding these idempotency keys, by key. */
    public Map<String, ActionProposal> findByKeys(Collection<String> keys) {
        Map<String, ActionProposal> found = new java.util.HashMap<>();
        if (!keys.isEmpty()) {
            batch.query("select " + COLUMNS + " from governance.action_proposal where idempotency_key = any(:keys)",
                    Map.of("keys", keys.toArray(String[]::new)), (rs, n) -> map(rs))
                    .forEach(p -> found.put(p.idempotencyKey(), p));
        }
        return found;
    }

    public void decideAll(List<Decided> decisions, Instant now) {
        batch.batchUpdate(DECIDE, decisions.stream().map(d -> new MapSqlParameterSource()
                .addValue("id", d.id()).addValue("status", d.status().name()).addValue("version", d.policyVersion())
                .addValue("reason", d.reason()).addValue("decidedBy", d.decidedBy() == null ? null : d.decidedBy().id())
                .addValue("now", Timestamp.from(now))).toArray(SqlParameterSource[]::new));
    }

    public void finishAll(List<Finished> ends, Instant now) {
        batch.batchUpdate(FINISH, ends.stream().map(f -> new MapSqlParameterSource()
                .addValue("id", f.id()).addValue("status", f.status().name()).addValue("outcome", f.outcome())
                .addValue("failure", f.failureReason()).addValue("now", Timestamp.from(now)))
                .toArray(SqlParameterSource[]::new));
    }

    public Optional<ActionProposal> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from governance.action_proposal where id = :id")
                .param("id", id).query((rs, n) -> map(rs)).optional();
    }

    /** Reads and row-locks: whoever holds the lock is the only one moving this proposal on. */
    public Optional<ActionProposal> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from governance.action_proposal where id = :id for update")
                .param("id", id).query((rs, n) -> map(rs)).optional();
    }

    public Optional<ActionProposal> findByKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from governance.action_proposal where idempotency_key = :key")
                .param("key", key).query((rs, n) -> map(rs)).optional();
    }

    public List<ActionProposal> withStatus(ProposalStatus status, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " from governance.action_proposal where status = :status "
                + "order by created_at, id limit :limit offset :offset")
                .param("status", status.name()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> map(rs)).list();
    }

    /** Approved but not dispatched since {@code before}: what a crash between approval and execution leaves. */
    public List<UUID> readyToRunSince(Instant before, int limit) {
        return jdbc.sql("select id from governance.action_proposal where status in ('AUTO_APPROVED', 'APPROVED') "
                + "and updated_at < :before order by updated_at limit :limit")
                .param("before", Timestamp.from(before)).param("limit", limit).query(UUID.class).list();
    }

    public List<ActionProposal> bySubject(String subject) {
        return jdbc.sql("select " + COLUMNS + " from governance.action_proposal where subject = :subject "
                + "order by created_at, id")
                .param("subject", subject).query((rs, n) -> map(rs)).list();
    }

    /** Moves the proposal on and records who decided and why; outcome fields are left as they are. */
    public void decide(UUID id, ProposalStatus status, Integer policyVersion, String reason, Actor decidedBy,
            Instant now) {
        jdbc.sql(DECIDE)
                .param("id", id).param("status", status.name()).param("version", policyVersion)
                .param("reason", reason).param("decidedBy", decidedBy == null ? null : decidedBy.id())
                .param("now", Timestamp.from(now)).update();
    }

    public void finish(UUID id, ProposalStatus status, String outcome, String failureReason, Instant now) {
        jdbc.sql(FINISH)
                .param("id", id).param("status", status.name()).param("outcome", outcome)
                .param("failure", failureReason).param("now", Timestamp.from(now)).update();
    }

    private ActionProposal map(ResultSet rs) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        String decidedBy = rs.getString("decided_by");
        int version = rs.getInt("policy_version");
        Integer policyVersion = rs.wasNull() ? null : version;
        return new ActionProposal(
                rs.getObject("id", UUID.class),
                rs.getString("idempotency_key"),
                rs.getString("kind"),
                rs.getString("subject"),
                codec.canonicalText(rs.getString("payload")),
                rs.getString("payload_hash"),
                Actor.parse(rs.getString("proposer")),
                Confidence.of(rs.getDouble("confidence")),
                Arrays.asList(codec.readJson(rs.getString("evidence"), String[].class)),
                amount == null ? null : Money.of(amount, rs.getString("currency")),
                ProposalStatus.valueOf(rs.getString("status")),
                policyVersion,
                rs.getString("decision_reason"),
                decidedBy == null ? null : Actor.parse(decidedBy),
                rs.getString("outcome"),
                rs.getString("failure_reason"),
                new CorrelationId(rs.getString("correlation_id")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
