package io.clearline.app.cash;

import io.clearline.core.CustomerId;
import io.clearline.governance.ActionProposal;
import io.clearline.matching.Allocation;
import io.clearline.matching.MatchResult;
import io.clearline.matching.application.MatchOutcome;
import java.util.List;
import java.util.UUID;

/**
 * The answer of {@code POST /api/v1/payments/{id}/match}: the matcher's decision and allocations (absent
 * when the payment had been proposed before) and the {@code cash.apply} proposal as the gateway left it.
 */
record MatchView(String paymentId, String decision, Double confidence, String customerId,
        List<AllocationView> allocations, List<String> notes, ProposalSummary proposal, boolean replay) {

    /** Amounts as plain decimal strings with the currency's minor units, as elsewhere in the API. */
    record AllocationView(String customerId, String documentNumber, String applied, String discount,
            String deduction, String deductionReason, String currency, String explanation) {

        static AllocationView of(Allocation a) {
            return new AllocationView(a.customer().map(CustomerId::value).orElse(null), a.documentNumber().orElse(null),
                    a.applied().toPlainString(), a.discount().toPlainString(), a.deduction().toPlainString(),
                    a.deductionReason().map(r -> r.code()).orElse(null), a.applied().currency().getCurrencyCode(),
                    a.explanation());
        }
    }

    /** The proposal as the gateway keeps it; {@code payload} is the {@code cash.apply} payload JSON. */
    record ProposalSummary(UUID id, String status, String proposer, double confidence, String payload,
            List<String> evidence, String outcome, String failureReason) {

        static ProposalSummary of(ActionProposal p) {
            return new ProposalSummary(p.id(), p.status().name(), p.proposer().id(), p.confidence().value(),
                    p.payloadJson(), p.evidence(), p.outcome(), p.failureReason());
        }
    }

    static MatchView of(String paymentId, MatchOutcome outcome) {
        ProposalSummary proposal = outcome.proposal().map(ProposalSummary::of).orElse(null);
        if (outcome.result().isEmpty()) {
            return new MatchView(paymentId, null, null, null, List.of(), List.of(), proposal, outcome.replay());
        }
        MatchResult r = outcome.result().get();
        String decision = outcome.proposal().isEmpty() ? "UNAPPLIED" : r.decision().name();
        return new MatchView(paymentId, decision, r.confidence().value(), r.customer().map(CustomerId::value).orElse(null),
                r.allocations().stream().map(AllocationView::of).toList(), r.notes(), proposal, outcome.replay());
    }
}
