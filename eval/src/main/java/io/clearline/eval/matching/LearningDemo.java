package io.clearline.eval.matching;

import io.clearline.core.CustomerId;
import io.clearline.core.receivables.Payment;
import io.clearline.matching.Calibration;
import io.clearline.matching.CashMatcher;
import io.clearline.matching.MatchResult;
import io.clearline.matching.MatchSettings;
import io.clearline.trainingdata.cash.CashWorld;
import io.clearline.trainingdata.cash.PaymentTruth;
import java.util.List;

/**
 * Learning from analysts: payments come from bank accounts the customer master does not list, as bank
 * lines without references or remittance. Two
 * matchers see the same first batch; with one, an analyst works every payment that was not touchless:
 * confirms the payer (the matcher remembers account and name) and says whether the proposal was right
 * (the scorer's calibration learns from it); then both see the second batch.
 */
final class LearningDemo {

    record Result(double firstBatch, double secondWithoutLearning, double secondWithLearning, int corrections) {
    }

    private LearningDemo() {
    }

    static Result run(CashWorld world, Calibration calibration, MatchSettings settings) {
        // bank lines without remittance detail (as at go-live, before remittances are captured): the payer
        // must be recognised from account and name, which is what analyst feedback teaches
        List<Payment> payments = world.payments().stream().map(p -> new Payment(p.id(), p.valueDate(), p.amount(),
                p.payerName(), p.payerAccount(), "", List.of())).toList();
        List<Payment> first = payments.subList(0, payments.size() / 2);
        List<Payment> second = payments.subList(payments.size() / 2, payments.size());
        CashMatcher control = Runs.matcher(world, calibration, settings);
        CashMatcher learning = Runs.matcher(world, calibration, settings);
        int touchless = 0;
        int corrections = 0;
        for (Payment p : first) {
            control.match(p);
            MatchResult r = learning.match(p);
            if (r.isTouchless()) {
                touchless++;
                continue;
            }
            PaymentTruth t = world.truth().get(p.id().value());
            if (t.customer().isPresent()) {
                CustomerId confirmed = t.customer().get();
                learning.learn(p, r, confirmed, Outcome.judge(r, t).paymentRight());
                corrections++;
            }
        }
        return new Result((double) touchless / first.size(), touchlessShare(control, second),
                touchlessShare(learning, second), corrections);
    }

    private static double touchlessShare(CashMatcher m, List<Payment> batch) {
        int n = 0;
        for (Payment p : batch) {
            if (m.match(p).isTouchless()) {
                n++;
            }
        }
        return (double) n / batch.size();
    }
}
