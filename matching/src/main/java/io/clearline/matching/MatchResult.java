package io.clearline.matching;

import io.clearline.core.Confidence;
import io.clearline.core.CustomerId;
import io.clearline.core.PaymentId;
import java.util.List;
import java.util.Optional;

/**
 * The matcher's answer for one payment: the chosen candidate, its calibrated confidence, the decision,
 * and the runners-up a reviewer would see. {@code notes} says why a payment needs a person.
 */
public record MatchResult(
        PaymentId paymentId,
        Optional<CustomerId> customer,
        Candidate chosen,
        Confidence confidence,
        Decision decision,
        List<Candidate> alternatives,
        List<String> notes,
        boolean reviewRequired) {

    public MatchResult {
        alternatives = List.copyOf(alternatives);
        notes = List.copyOf(notes);
    }

    public List<Allocation> allocations() {
        return chosen.allocations();
    }

    /** Every allocation applied automatically and nothing left unapplied. */
    public boolean isTouchless() {
        return decision == Decision.AUTO && allocations().stream().noneMatch(Allocation::isRemainder)
                && !allocations().isEmpty();
    }

    /** The chosen candidate followed by the alternatives, best first. */
    public List<Candidate> ranked() {
        var all = new java.util.ArrayList<Candidate>();
        all.add(chosen);
        all.addAll(alternatives);
        return all;
    }

    /** Decision of one allocation row: the remainder is always UNAPPLIED. */
    public Decision decisionFor(Allocation allocation) {
        return allocation.isRemainder() ? Decision.UNAPPLIED : decision;
    }
}
