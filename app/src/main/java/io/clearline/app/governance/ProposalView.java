package io.clearline.app.governance;

import io.clearline.governance.ActionProposal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A proposal as the API shows it. */
record ProposalView(
        UUID id,
        String idempotencyKey,
        String kind,
        String subject,
        String payload,
        String payloadHash,
        String proposer,
        double confidence,
        List<String> evidence,
        String amount,
        String currency,
        String status,
        String policy,
        String decisionReason,
        String decidedBy,
        String outcome,
        String failureReason,
        String correlationId,
        Instant createdAt,
        Instant updatedAt) {

    static ProposalView of(ActionProposal p) {
        return new ProposalView(p.id(), p.idempotencyKey(), p.kind(), p.subject(), p.payloadJson(), p.payloadHash(),
                p.proposer().id(), p.confidence().value(), p.evidence(),
                p.amount() == null ? null : p.amount().toPlainString(),
                p.amount() == null ? null : p.amount().currency().getCurrencyCode(),
                p.status().name(), p.policyVersion() == null ? null : p.policyLabel(), p.decisionReason(),
                p.decidedBy() == null ? null : p.decidedBy().id(), p.outcome(), p.failureReason(),
                p.correlationId() == null ? null : p.correlationId().value(), p.createdAt(), p.updatedAt());
    }
}
