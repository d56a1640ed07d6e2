package io.clearline.governance;

import io.clearline.core.CorrelationId;
import io.clearline.governance.policy.PolicyDecision;
import io.clearline.governance.proposal.PayloadCodec;
import io.clearline.governance.proposal.ProposalRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batched half of {@link ActionGateway#submitAll}: the same steps as one proposal at a time, with
 * the rows, the decisions and the audit events written as JDBC batches. Runs inside the transactions
 * the gateway opens; the audit events keep the order a one-by-one run would give each proposal
 * (proposed, decided; then executed or failed).
 */
final class ProposalBatch {

    private static final Logger log = LoggerFactory.getLogger(ProposalBatch.class);

    private final ActionGateway gateway;
    private final ProposalRows rows;
    private final Policies policies;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate savepoint;

    ProposalBatch(ActionGateway gateway, ProposalRows rows, Policies policies, AuditLog audit,
            ApplicationEventPublisher events, TransactionTemplate savepoint) {
        this.gateway = gateway;
        this.rows = rows;
        this.policies = policies;
        this.audit = audit;
        this.events = events;
        this.savepoint = savepoint;
    }

    /** Stores, decides and audits; replays (keys seen before, also earlier in this batch) are checked, not stored. */
    List<Submission> proposeAll(List<ProposeAction> requests, List<PayloadCodec.Canonical> payloads, Instant now) {
        List<ActionProposal> fresh = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            ProposeAction r = requests.get(i);
            UUID id = UUID.randomUUID();
            CorrelationId correlation = r.correlationId() != null ? r.correlationId() : new CorrelationId(id.toString());
            fresh.add(new ActionProposal(id, r.idempotencyKey(), r.kind(), r.subject(), payloads.get(i).json(),
                    payloads.get(i).hash(), r.proposer(), r.confidence(), r.evidence(), r.amount(),
                    ProposalStatus.PROPOSED, null, null, null, null, null, correlation, now, now));
        }
        boolean[] inserted = rows.insertAllIfAbsent(fresh);
        Map<String, Optional<ActionPolicy>> policyByKind = new HashMap<>();
        List<ProposalRows.Decided> decisions = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        List<Object> published = new ArrayList<>();
        List<String> replayedKeys = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            ActionProposal p = fresh.get(i);
            if (!inserted[i]) {
                replayedKeys.add(p.idempotencyKey());
                continue;
            }
            PolicyDecision decision = PolicyDecision.decide(
                    policyByKind.computeIfAbsent(p.kind(), policies::current), p.confidence(), p.amount());
            String label = PolicyLabel.of(p.kind(), decision.policyVersion());
            ProposalStatus decided = switch (decision.verdict()) {
                case AUTO_APPROVE -> ProposalStatus.AUTO_APPROVED;
                case NEEDS_APPROVAL -> ProposalStatus.PENDING_APPROVAL;
                case REJECT -> ProposalStatus.REJECTED;
            };
            decisions.add(new ProposalRows.Decided(p.id(), decided, decision.policyVersion(), decision.reason(),
                    ActionGateway.POLICY));
            entries.add(ActionGateway.entry(p, p.proposer(), "proposed", null, ProposalStatus.PROPOSED, label));
            entries.add(ActionGateway.entry(p, ActionGateway.POLICY, ActionGateway.verb(decided),
                    ProposalStatus.PROPOSED, decided, label));
            published.add(new ActionProposed(p.id(), p.kind(), p.subject(), p.proposer(), decided, label));
            if (decided == ProposalStatus.REJECTED) {
                published.add(new ActionRejected(p.id(), p.kind(), p.subject(), ActionGateway.POLICY, decision.reason()));
            }
            log.debug("proposal {} ({} on {} by {}, confidence {}): {} by {}: {}", p.id(), p.kind(), p.subject(),
                    p.proposer(), p.confidence().value(), decided, label, decision.reason());
        }
        rows.decideAll(decisions, now);
        audit.appendAll(entries);
        published.forEach(events::publishEvent);
        Map<String, ActionProposal> existing = rows.findByKeys(replayedKeys);
        Map<UUID, ActionProposal> stored = byId(rows.findAll(decisions.stream().map(ProposalRows.Decided::id).toList()));
        List<Submission> out = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            ActionProposal p = fresh.get(i);
            if (inserted[i]) {
                out.add(new Submission(stored.get(p.id()), false));
            } else {
                ActionProposal first = existing.get(p.idempotencyKey());
                if (first == null) {
                    throw new IllegalStateException("idempotency key vanished: " + p.idempotencyKey());
                }
                out.add(new Submission(ActionGateway.sameAction(first, requests.get(i), payloads.get(i)), true));
            }
        }
        log.info("batch of {} proposal(s): {} new, {} replayed", fresh.size(), decisions.size(), replayedKeys.size());
        return out;
    }

    /**
     * Executes the approved proposals among {@code ids}: a kind whose handler takes batches gets one call
     * for all of its proposals, other kinds one call each (in a savepoint unless the handler refuses
     * before writing). Returns them as they now stand.
     */
    Map<UUID, ActionProposal> dispatchAll(List<UUID> ids, Instant now) {
        List<ActionProposal> ready = rows.lockAll(ids).stream().filter(p -> p.status().isReadyToRun()).toList();
        Map<String, List<ActionProposal>> byKind = new java.util.LinkedHashMap<>();
        ready.forEach(p -> byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p));
        Dispatched d = new Dispatched();
        for (var group : byKind.entrySet()) {
            Optional<ActionHandler<?>> handler = gateway.handler(group.getKey());
            if (handler.isPresent() && handler.get() instanceof BatchActionHandler<?> batchHandler) {
                runBatch(batchHandler, group.getValue(), d);
            } else {
                group.getValue().forEach(p -> runOne(p, d));
            }
        }
        rows.finishAll(d.ends, now);
        audit.appendAll(d.entries);
        d.published.forEach(events::publishEvent);
        log.info("batch dispatch: {} executed, {} failed", d.ends.size() - d.failed, d.failed);
        return byId(rows.findAll(ids));
    }

    private <P> void runBatch(BatchActionHandler<P> handler, List<ActionProposal> proposals, Dispatched d) {
        List<ActionContext<P>> contexts = proposals.stream().map(p -> gateway.context(handler, p)).toList();
        List<BatchActionHandler.Result> results = handler.executeAll(contexts);
        if (results.size() != proposals.size()) {
            throw new IllegalStateException("handler for " + handler.kind() + " answered " + results.size()
                    + " results for " + proposals.size() + " actions");
        }
        for (int i = 0; i < proposals.size(); i++) {
            BatchActionHandler.Result r = results.get(i);
            if (r.refusal() != null) {
                d.failed(proposals.get(i), r.refusal());
            } else if (r.outcome() == null) {
                d.failed(proposals.get(i), new IllegalStateException("handler for " + handler.kind() + " returned no outcome"));
            } else {
                d.executed(proposals.get(i), r.outcome());
            }
        }
    }

    private void runOne(ActionProposal p, Dispatched d) {
        try {
            ActionOutcome outcome = gateway.refusesBeforeWriting(p.kind()) ? gateway.execute(p)
                    : savepoint.execute(nested -> gateway.execute(p));
            d.executed(p, outcome);
        } catch (DataAccessException e) {
            throw e; // the transaction may be unusable now: the gateway rolls back and goes one by one
        } catch (RuntimeException e) {
            d.failed(p, e);
        }
    }

    /** What a dispatch collected, written at its end in batches. */
    private static final class Dispatched {
        final List<ProposalRows.Finished> ends = new ArrayList<>();
        final List<AuditEntry> entries = new ArrayList<>();
        final List<Object> published = new ArrayList<>();
        int failed;

        void executed(ActionProposal p, ActionOutcome outcome) {
            String summary = ActionGateway.truncate(outcome.summary());
            ends.add(new ProposalRows.Finished(p.id(), ProposalStatus.EXECUTED, summary, null));
            published.add(new ActionExecuted(p.id(), p.kind(), p.subject(), outcome));
            entries.add(ActionGateway.entry(p, ActionGateway.DISPATCHER, ActionGateway.verb(ProposalStatus.EXECUTED),
                    p.status(), ProposalStatus.EXECUTED, p.policyLabel()));
        }

        void failed(ActionProposal p, RuntimeException e) {
            String reason = ActionGateway.truncate(ActionGateway.describe(e));
            failed++;
            ends.add(new ProposalRows.Finished(p.id(), ProposalStatus.FAILED, null, reason));
            published.add(new ActionFailed(p.id(), p.kind(), p.subject(), reason));
            entries.add(ActionGateway.entry(p, ActionGateway.DISPATCHER, ActionGateway.verb(ProposalStatus.FAILED),
                    p.status(), ProposalStatus.FAILED, p.policyLabel()));
            log.warn("proposal {} ({} on {}) failed: {}", p.id(), p.kind(), p.subject(), reason);
        }
    }

    private static Map<UUID, ActionProposal> byId(List<ActionProposal> proposals) {
        Map<UUID, ActionProposal> map = new HashMap<>();
        proposals.forEach(p -> map.put(p.id(), p));
        return map;
    }
}
