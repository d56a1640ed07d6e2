package io.clearline.governance;

import io.clearline.core.CorrelationId;
import io.clearline.governance.policy.PolicyDecision;
import io.clearline.governance.proposal.HandlerRegistry;
import io.clearline.governance.proposal.PayloadCodec;
import io.clearline.governance.proposal.ProposalRows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one gateway for state changes. A proposal is persisted (and audited) before anything runs;
 * its kind's current policy auto-approves, queues or rejects it; a person other than the proposer
 * approves queued ones; approved ones are dispatched to the handler the owning module registered,
 * inside the transaction that marks them EXECUTED, so an idempotency key never executes twice.
 * Every state change writes exactly one audit event in the same transaction.
 */
public class ActionGateway {

    /** Who decides and dispatches automatically, as audited. */
    public static final Actor POLICY = Actor.system("policy");
    public static final Actor DISPATCHER = Actor.system("dispatcher");

    private static final Logger log = LoggerFactory.getLogger(ActionGateway.class);
    private static final int MAX_REASON = 2000;

    private final ProposalRows rows;
    private final HandlerRegistry handlers;
    private final PayloadCodec codec;
    private final Policies policies;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;
    private final Clock clock;
    private final ProposalBatch batch;

    public ActionGateway(ProposalRows rows, HandlerRegistry handlers, PayloadCodec codec, Policies policies,
            AuditLog audit, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.rows = rows;
        this.handlers = handlers;
        this.codec = codec;
        this.policies = policies;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
        this.batch = new ProposalBatch(this, rows, policies, audit, events, savepoint);
    }

    /**
     * Persists the proposal, applies the policy and, when auto-approved, executes it. A retry with
     * the same idempotency key and the same action returns the stored proposal (finishing its
     * dispatch if an earlier attempt stopped before it); with a different action it is refused.
     *
     * @throws UnknownActionKind    no handler registered for the kind (422)
     * @throws InvalidPayload       the payload does not fit the kind (422)
     * @throws IdempotencyConflict  the key was used for a different action (409)
     */
    public ActionProposal propose(ProposeAction request) {
        return submit(request).proposal();
    }

    /** {@link #propose}, and whether the key was new (HTTP 201) or a replay (HTTP 200). */
    public Submission submit(ProposeAction request) {
        ActionHandler<?> handler = handlers.require(request.kind());
        PayloadCodec.Canonical payload = codec.canonical(request.payload(), handler.payloadType());
        Submission submitted = tx.execute(status -> proposeOnce(request, payload));
        ActionProposal p = submitted.proposal();
        return p.status().isReadyToRun() ? new Submission(dispatch(p.id()), submitted.replay()) : submitted;
    }

    /**
     * {@link #submit} for many proposals at once, with the same rules per proposal (policy, idempotency,
     * audit events, dispatch of approved ones to their handler) but batched: the proposals are stored,
     * decided and audited in one transaction, then the approved ones are executed in a second one, each
     * inside its own savepoint so one failing handler marks only its proposal FAILED. The answer is in
     * the order of the requests. Meant for bulk work such as a payment file; the caller chooses the
     * batch size (a few hundred is a good size: it is one transaction and one lock on the audit chain).
     *
     * @throws UnknownActionKind    a request names a kind without a handler (nothing is stored)
     * @throws InvalidPayload       a payload does not fit its kind (nothing is stored)
     * @throws IdempotencyConflict  a key was used for a different action (nothing is stored)
     */
    public List<Submission> submitAll(List<ProposeAction> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        List<PayloadCodec.Canonical> payloads = requests.stream()
                .map(r -> codec.canonical(r.payload(), handlers.require(r.kind()).payloadType())).toList();
        List<Submission> proposed = tx.execute(status -> batch.proposeAll(requests, payloads, now()));
        List<UUID> ready = proposed.stream().map(Submission::proposal).filter(p -> p.status().isReadyToRun())
                .map(ActionProposal::id).toList();
        if (ready.isEmpty()) {
            return proposed;
        }
        java.util.Map<UUID, ActionProposal> dispatched = new java.util.HashMap<>();
        try {
            dispatched.putAll(tx.execute(status -> batch.dispatchAll(ready, now())));
        } catch (org.springframework.dao.DataAccessException e) {
            log.warn("batch dispatch of {} proposal(s) rolled back ({}); running them one at a time", ready.size(),
                    e.getMessage());
            ready.forEach(id -> dispatched.put(id, dispatch(id)));
        }
        return proposed.stream().map(s -> new Submission(
                dispatched.getOrDefault(s.proposal().id(), s.proposal()), s.replay())).toList();
    }

    /**
     * Approves a pending proposal and executes it.
     *
     * @throws SegregationOfDutiesViolation the approver proposed it, or is not a person (403)
     * @throws InvalidProposalState         it is not pending (409)
     */
    public ActionProposal approve(UUID id, Actor approver) {
        tx.executeWithoutResult(status -> {
            ActionProposal p = rows.lock(id).orElseThrow(() -> new ProposalNotFound(id));
            if (approver.kind() != Actor.Kind.PERSON) {
                throw new SegregationOfDutiesViolation("only a person may approve; " + approver + " is not one");
            }
            if (approver.isSameAs(p.proposer())) {
                throw new SegregationOfDutiesViolation(
                        "maker-checker: " + approver + " proposed " + id + " and so cannot approve it");
            }
            requireStatus(p, ProposalStatus.PENDING_APPROVAL, "approve");
            transition(p, ProposalStatus.APPROVED, approver, "approved by " + approver, null);
            events.publishEvent(new ActionApproved(id, p.kind(), p.subject(), approver));
        });
        return dispatch(id);
    }

    /** Rejects a pending proposal; the proposer may withdraw their own. */
    public ActionProposal reject(UUID id, Actor by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidPayload("a rejection needs a reason");
        }
        return tx.execute(status -> {
            ActionProposal p = rows.lock(id).orElseThrow(() -> new ProposalNotFound(id));
            requireStatus(p, ProposalStatus.PENDING_APPROVAL, "reject");
            transition(p, ProposalStatus.REJECTED, by, truncate(reason.strip()), null);
            events.publishEvent(new ActionRejected(id, p.kind(), p.subject(), by, reason.strip()));
            return rows.find(id).orElseThrow();
        });
    }

    /**
     * Executes proposals that were approved at least {@code olderThan} ago but never dispatched (the
     * process stopped in between). Safe to run at any time and from several nodes: dispatch runs a
     * proposal only while it is still approved. Meant for a scheduler in the app.
     *
     * @return the proposals it moved on, EXECUTED or FAILED
     */
    public List<ActionProposal> resumeStalled(Duration olderThan, int limit) {
        return rows.readyToRunSince(now().minus(olderThan), Math.max(1, Math.min(limit, 500))).stream()
                .map(this::dispatch)
                .filter(p -> p.status().isFinal())
                .toList();
    }

    public Optional<ActionProposal> find(UUID id) {
        return rows.find(id);
    }

    public ActionProposal get(UUID id) {
        return rows.find(id).orElseThrow(() -> new ProposalNotFound(id));
    }

    /** The review queue: proposals waiting for a person, oldest first. */
    public List<ActionProposal> pending(int limit, int offset) {
        if (limit < 1 || limit > 500 || offset < 0) {
            throw new InvalidPayload("limit must be within 1..500 and offset not negative");
        }
        return rows.withStatus(ProposalStatus.PENDING_APPROVAL, limit, offset);
    }

    /** The proposals holding these idempotency keys, by key; keys never used are absent. */
    public java.util.Map<String, ActionProposal> findByKeys(java.util.Collection<String> keys) {
        return rows.findByKeys(keys);
    }

    public List<ActionProposal> forSubject(String subject) {
        return rows.bySubject(subject);
    }

    private Submission proposeOnce(ProposeAction request, PayloadCodec.Canonical payload) {
        UUID id = UUID.randomUUID();
        CorrelationId correlation = request.correlationId() != null ? request.correlationId()
                : new CorrelationId(id.toString());
        Instant now = now();
        ActionProposal fresh = new ActionProposal(id, request.idempotencyKey(), request.kind(), request.subject(),
                payload.json(), payload.hash(), request.proposer(), request.confidence(), request.evidence(),
                request.amount(), ProposalStatus.PROPOSED, null, null, null, null, null, correlation, now, now);
        if (!rows.insertIfAbsent(fresh)) {
            return new Submission(replay(request, payload), true);
        }
        Optional<ActionPolicy> policy = policies.current(request.kind());
        PolicyDecision decision = PolicyDecision.decide(policy, request.confidence(), request.amount());
        String label = PolicyLabel.of(request.kind(), decision.policyVersion());
        audit.append(entry(fresh, request.proposer(), "proposed", null, ProposalStatus.PROPOSED, label));
        ProposalStatus decided = switch (decision.verdict()) {
            case AUTO_APPROVE -> ProposalStatus.AUTO_APPROVED;
            case NEEDS_APPROVAL -> ProposalStatus.PENDING_APPROVAL;
            case REJECT -> ProposalStatus.REJECTED;
        };
        rows.decide(id, decided, decision.policyVersion(), decision.reason(), POLICY, now);
        audit.append(entry(fresh, POLICY, verb(decided), ProposalStatus.PROPOSED, decided, label));
        log.info("proposal {} ({} on {} by {}, confidence {}): {} by {}: {}", id, request.kind(), request.subject(),
                request.proposer(), request.confidence().value(), decided, label, decision.reason());
        events.publishEvent(new ActionProposed(id, request.kind(), request.subject(), request.proposer(), decided,
                label));
        if (decided == ProposalStatus.REJECTED) {
            events.publishEvent(new ActionRejected(id, request.kind(), request.subject(), POLICY, decision.reason()));
        }
        return new Submission(rows.find(id).orElseThrow(), false);
    }

    /** The key exists: the same action gets the stored proposal, a different one is refused. */
    private ActionProposal replay(ProposeAction request, PayloadCodec.Canonical payload) {
        ActionProposal existing = rows.findByKey(request.idempotencyKey()).orElseThrow(
                () -> new IllegalStateException("idempotency key vanished: " + request.idempotencyKey()));
        return sameAction(existing, request, payload);
    }

    static ActionProposal sameAction(ActionProposal existing, ProposeAction request, PayloadCodec.Canonical payload) {
        String difference = !existing.kind().equals(request.kind()) ? "kind"
                : !existing.subject().equals(request.subject()) ? "subject"
                : !existing.payloadHash().equals(payload.hash()) ? "payload"
                : !request.sameAmountAs(existing.amount()) ? "amount"
                : !existing.proposer().isSameAs(request.proposer()) ? "proposer"
                : null;
        if (difference != null) {
            throw new IdempotencyConflict(request.idempotencyKey(), difference + " differs from proposal "
                    + existing.id());
        }
        return existing;
    }

    /** Runs an approved proposal once: the row lock and the status check keep a second caller out. */
    ActionProposal dispatch(UUID id) {
        return tx.execute(status -> {
            ActionProposal p = rows.lock(id).orElseThrow(() -> new ProposalNotFound(id));
            if (!p.status().isReadyToRun()) {
                return p;
            }
            try {
                ActionOutcome outcome = savepoint.execute(nested -> execute(p));
                String summary = truncate(outcome.summary());
                transition(p, ProposalStatus.EXECUTED, DISPATCHER, null, summary);
                log.info("proposal {} ({} on {}) executed: {}", id, p.kind(), p.subject(), summary);
                events.publishEvent(new ActionExecuted(id, p.kind(), p.subject(), outcome));
            } catch (RuntimeException e) {
                String reason = truncate(describe(e));
                transition(p, ProposalStatus.FAILED, DISPATCHER, null, reason);
                log.warn("proposal {} ({} on {}) failed: {}", id, p.kind(), p.subject(), reason, e);
                events.publishEvent(new ActionFailed(id, p.kind(), p.subject(), reason));
            }
            return rows.find(id).orElseThrow();
        });
    }

    boolean refusesBeforeWriting(String kind) {
        return handlers.find(kind).map(ActionHandler::refusesBeforeWriting).orElse(false);
    }

    ActionOutcome execute(ActionProposal p) {
        ActionHandler<?> handler = handlers.find(p.kind()).orElseThrow(
                () -> new IllegalStateException("no handler is registered for " + p.kind() + " any more"));
        ActionOutcome outcome = run(handler, p);
        if (outcome == null) {
            throw new IllegalStateException("handler for " + p.kind() + " returned no outcome");
        }
        return outcome;
    }

    private <P> ActionOutcome run(ActionHandler<P> handler, ActionProposal p) {
        return handler.execute(context(handler, p));
    }

    <P> ActionContext<P> context(ActionHandler<P> handler, ActionProposal p) {
        P payload = codec.read(p.payloadJson(), handler.payloadType());
        Actor approvedBy = p.status() == ProposalStatus.AUTO_APPROVED ? POLICY : p.decidedBy();
        return new ActionContext<>(p.id(), p.kind(), p.subject(), payload, p.proposer(), approvedBy,
                p.amount(), p.correlationId());
    }

    Optional<ActionHandler<?>> handler(String kind) {
        return handlers.find(kind);
    }

    /** One state change: the row and its audit event, in the caller's transaction. */
    private void transition(ActionProposal p, ProposalStatus to, Actor by, String reason, String result) {
        Instant now = now();
        switch (to) {
            case EXECUTED -> rows.finish(p.id(), to, result, null, now);
            case FAILED -> rows.finish(p.id(), to, null, result, now);
            default -> rows.decide(p.id(), to, null, reason, by, now);
        }
        audit.append(entry(p, by, verb(to), p.status(), to, p.policyLabel()));
    }

    static AuditEntry entry(ActionProposal p, Actor actor, String verb, ProposalStatus before,
            ProposalStatus after, String policyLabel) {
        return AuditEntry.of(actor, p.kind() + ":" + verb, p.subject())
                .withTransition(before == null ? null : before.name(), after.name())
                .withPayloadHash(p.payloadHash())
                .withPolicyVersion(policyLabel)
                .withCorrelationId(p.correlationId());
    }

    static String verb(ProposalStatus status) {
        return switch (status) {
            case PROPOSED -> "proposed";
            case PENDING_APPROVAL -> "queued";
            case AUTO_APPROVED -> "auto_approved";
            case APPROVED -> "approved";
            case REJECTED -> "rejected";
            case EXECUTED -> "executed";
            case FAILED -> "failed";
        };
    }

    private static void requireStatus(ActionProposal p, ProposalStatus expected, String attempted) {
        if (p.status() != expected) {
            throw new InvalidProposalState(p.id(), p.status(), attempted);
        }
    }

    static String describe(RuntimeException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }

    static String truncate(String s) {
        return s == null || s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON - 1) + "…";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
