package io.clearline.eval.matching;

import io.clearline.matching.Allocation;
import io.clearline.matching.Candidate;
import io.clearline.matching.Decision;
import io.clearline.matching.MatchResult;
import io.clearline.trainingdata.cash.PaymentTruth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One payment's result judged against the truth: which allocations are exactly right (document and
 * applied amount, right customer), whether the whole payment is, whether the payer is.
 */
record Outcome(MatchResult result, PaymentTruth truth, int allocations, int rightAllocations, boolean paymentRight,
        boolean payerRight, boolean inTopThree, boolean reasonRight) {

    static Outcome judge(MatchResult r, PaymentTruth t) {
        Set<String> truthKeys = keys(t);
        int n = 0;
        int right = 0;
        boolean customerRight = r.customer().map(Object::toString).equals(t.customer().map(Object::toString));
        for (Allocation a : r.allocations()) {
            if (a.isRemainder()) {
                continue;
            }
            n++;
            if (customerRight && truthKeys.contains(key(a))) {
                right++;
            }
        }
        boolean paymentRight = customerRight && setOf(r.chosen()).equals(truthKeys);
        boolean top3 = false;
        List<Candidate> ranked = r.ranked();
        for (int i = 0; i < Math.min(3, ranked.size()); i++) {
            Candidate c = ranked.get(i);
            if (c.customer().map(Object::toString).equals(t.customer().map(Object::toString)) && setOf(c).equals(truthKeys)) {
                top3 = true;
            }
        }
        boolean reason = true;
        for (PaymentTruth.Allocation ta : t.allocations()) {
            if (!ta.reasonCode().isEmpty()) {
                reason = r.allocations().stream().anyMatch(a -> a.documentNumber().orElse("").equals(ta.documentNumber())
                        && a.deductionReason().map(x -> x.code()).orElse("").equals(ta.reasonCode()));
            }
        }
        return new Outcome(r, t, n, right, paymentRight, customerRight, top3, reason);
    }

    boolean auto() {
        return result.decision() == Decision.AUTO;
    }

    /** Would be automatic at some threshold: no rule forces a person and everything is applied. */
    boolean eligible() {
        return !result.reviewRequired() && result.allocations().stream().noneMatch(Allocation::isRemainder);
    }

    private static Set<String> setOf(Candidate c) {
        Set<String> out = new HashSet<>();
        for (Allocation a : c.allocations()) {
            if (!a.isRemainder()) {
                out.add(key(a));
            }
        }
        return out;
    }

    private static Set<String> keys(PaymentTruth t) {
        Set<String> out = new HashSet<>();
        for (PaymentTruth.Allocation a : t.allocations()) {
            out.add(a.documentNumber() + "=" + a.applied().toPlainString());
        }
        return out;
    }

    private static String key(Allocation a) {
        return a.documentNumber().orElse("") + "=" + a.applied().toPlainString();
    }
}
