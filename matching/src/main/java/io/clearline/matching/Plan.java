package io.clearline.matching;

import io.clearline.matching.MatchPattern.AmountFit;
import io.clearline.matching.MatchPattern.ReferenceQuality;
import io.clearline.matching.amount.Fit;
import io.clearline.matching.reference.ItemHit;
import java.util.List;

/**
 * A customer-level explanation of a payment before it becomes a candidate: the fits (with the hit that
 * found each item, or null when chosen by amount), what is left over, and why a person must look.
 */
record Plan(List<Fit> fits, List<ItemHit> hits, long remainder, ReferenceQuality reference, AmountFit amount,
        List<String> notes, boolean forceReview, List<Plan> alternatives) {

    static Plan nothing(long amount, AmountFit why, String note) {
        return new Plan(List.of(), List.of(), amount, ReferenceQuality.NONE, why, List.of(note), true, List.of());
    }

    Plan withAlternatives(List<Plan> others) {
        return new Plan(fits, hits, remainder, reference, amount, notes, forceReview, others);
    }
}
