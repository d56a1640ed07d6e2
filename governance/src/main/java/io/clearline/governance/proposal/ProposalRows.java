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
import org.springframework.jdbc.core.simple.JdbcClient;

/** SQL for governance.action_proposal. */
public final class ProposalRows {

    private static final String COLUMNS = "id, idempotency_key, kind, subject, payload::text as payload, payload_hash, "
            + "proposer, confidence, evidence::text as evidence, amount, currency, status, policy_version, "
            + "decision_reason, decided_by, outcome, failure_reason, correlation_id, created_at, updated_at";

    private final JdbcClient jdbc;
    private final PayloadCodec codec;

    public ProposalRows(JdbcClient jdbc, PayloadCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /**
     * Inserts unless the idempotency key exists. A concurrent insert of the same key waits here
     * until the first transaction ends, then sees its row: the key is claimed exactly once.
     */
    public boolean insertIfAbsent(ActionProposal p) {
        Money amount = p.amount();
        return jdbc.sql("insert into governance.action_proposal (id, idempotency_key, kind, subject, payload, "
                + "payload_hash, proposer, confidence, evidence, amount, currency, status, correlation_id, created_at, "
                + "updated_at) values (:id, :key, :kind, :subject, cast(:payload as jsonb), :payloadHash, :proposer, "
                + ":confidence, cast(:evidence as jsonb), :amount, :currency, :status, :correlationId, :now, :now) "
                + "on conflict (idempotency_key) do nothing")
                .param("id", p.id())
                .param("key", p.idempotencyKey())
                .param("kind", p.kind())
                .param("subject", p.subject())
                .param("payload", p.payloadJson())
                .param("payloadHash", p.payloadHash())
                .param("proposer", p.proposer().id())
                .param("confidence", p.confidence().value())
                .param("evidence", codec.writeJson(p.evidence()))
                .param("amount", amount == null ? null : amount.amount())
                .param("currency", amount == null ? null : amount.currency().getCurrencyCode())
                .param("status", p.status().name())
                .param("correlationId", p.correlationId().value())
                .param("now", Timestamp.from(p.createdAt()))
                .update() == 1;
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
        jdbc.sql("update governance.action_proposal set status = :status, policy_version = coalesce(:version, "
                + "policy_version), decision_reason = :reason, decided_by = :decidedBy, updated_at = :now where id = :id")
                .param("id", id).param("status", status.name()).param("version", policyVersion)
                .param("reason", reason).param("decidedBy", decidedBy == null ? null : decidedBy.id())
                .param("now", Timestamp.from(now)).update();
    }

    public void finish(UUID id, ProposalStatus status, String outcome, String failureReason, Instant now) {
        jdbc.sql("update governance.action_proposal set status = :status, outcome = :outcome, "
                + "failure_reason = :failure, updated_at = :now where id = :id")
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
