package io.clearline.matching;

import io.clearline.core.CustomerId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import io.clearline.matching.MatchPattern.PayerEvidence;
import io.clearline.matching.amount.Fit;
import io.clearline.matching.index.OpenItemIndex;
import io.clearline.matching.reference.ItemHit;
import io.clearline.matching.reference.ItemLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns plans into candidates with allocations in money and explanations a person can follow. */
final class Scoring {

    private final OpenItemIndex index;
    private final ItemLookup lookup;
    private final Calibration calibration;

    Scoring(OpenItemIndex index, ItemLookup lookup, Calibration calibration) {
        this.index = index;
        this.lookup = lookup;
        this.calibration = calibration;
    }

    Candidate candidate(Payment p, int customer, PayerEvidence evidence, Plan plan) {
        Optional<CustomerId> id = Optional.of(index.customers().id(customer));
        List<Allocation> allocations = new ArrayList<>();
        int combined = plan.fits().size();
        for (int i = 0; i < plan.fits().size(); i++) {
            Fit f = plan.fits().get(i);
            ItemHit hit = plan.hits().get(i);
            String found = hit.quality() == MatchPattern.ReferenceQuality.NONE
                    ? (!hit.how().isEmpty() ? hit.how() : combined > 1 ? "invoice " + index.documentNumber(f.item()) + " is one of " + combined
                            + " open items that together make the payment amount"
                            : "invoice " + index.documentNumber(f.item()) + " is the open item of this amount")
                    : lookup.describe(hit);
            allocations.add(new Allocation(id, Optional.of(index.documentNumber(f.item())), money(p, f.applied()),
                    money(p, f.discount()), money(p, f.deduction()), f.reason(), found + "; " + f.explanation()));
        }
        long remainder = plan.remainder();
        if (remainder > 0) {
            String why = plan.notes().isEmpty() ? "not explained by any open item" : String.join("; ", plan.notes());
            allocations.add(Allocation.unapplied(id, money(p, remainder), why));
        }
        return new Candidate(id, allocations, new MatchPattern(evidence, plan.reference(), plan.amount(), plan.fits().size()));
    }

    MatchResult unapplied(Payment p, Optional<CustomerId> customer, String why) {
        Money amount = p.amount().isPositive() ? p.amount() : Money.zero(p.amount().currency());
        Candidate c = new Candidate(customer, List.of(Allocation.unapplied(customer, amount, why)), CashMatcher.nothing());
        return new MatchResult(p.id(), customer, c, calibration.confidence(c.pattern()), Decision.REVIEW, List.of(), List.of(why), true);
    }

    private static Money money(Payment p, long minor) {
        return Money.of(minor, p.amount().currency());
    }
}
