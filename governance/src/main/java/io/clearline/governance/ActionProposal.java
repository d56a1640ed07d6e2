package io.clearline.governance;

import io.clearline.core.Confidence;
import io.clearline.core.CorrelationId;
import io.clearline.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A proposal as stored, with its decision and outcome.
 *
 * @param payloadJson    the payload in canonical JSON (sorted keys), what {@code payloadHash} covers
 * @param policyVersion  the version of the kind's policy that decided it; null when no policy existed
 * @param decisionReason why the policy (or the person) decided as it did
 * @param decidedBy      the approver or rejecter; {@code system:policy} for automatic decisions
 * @param outcome        the handler's summary once EXECUTED
 * @param failureReason  why execution failed, once FAILED
 */
public record ActionProposal(
        UUID id,
        String idempotencyKey,
        String kind,
        String subject,
        String payloadJson,
        String payloadHash,
        Actor proposer,
        Confidence confidence,
        List<String> evidence,
        Money amount,
        ProposalStatus status,
        Integer policyVersion,
        String decisionReason,
        Actor decidedBy,
        String outcome,
        String failureReason,
        CorrelationId correlationId,
        Instant createdAt,
        Instant updatedAt) {

    public Optional<Money> amountAtStake() {
        return Optional.ofNullable(amount);
    }

    /** The policy version as the audit log records it, e.g. {@code note.attach@v3}. */
    public String policyLabel() {
        return PolicyLabel.of(kind, policyVersion);
    }
}
