package io.clearline.eval.matching;

import io.clearline.core.receivables.Payment;
import io.clearline.matching.Calibration;
import io.clearline.matching.CashMatcher;
import io.clearline.matching.KeywordDeductionReasons;
import io.clearline.matching.MatchPattern;
import io.clearline.matching.MatchResult;
import io.clearline.matching.MatchSettings;
import io.clearline.trainingdata.cash.CashWorld;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the matcher (or the baseline) over a world and judges each payment. */
final class Runs {

    private Runs() {
    }

    static CashMatcher matcher(CashWorld world, Calibration calibration, MatchSettings settings) {
        return CashMatcher.of(world.customers(), world.openItems(), settings, new KeywordDeductionReasons(), calibration);
    }

    static List<Outcome> run(CashWorld world, Calibration calibration, MatchSettings settings) {
        CashMatcher m = matcher(world, calibration, settings);
        List<Outcome> out = new ArrayList<>(world.payments().size());
        for (Payment p : world.payments()) {
            MatchResult r = m.match(p);
            out.add(Outcome.judge(r, world.truth().get(p.id().value())));
        }
        return out;
    }

    static List<Outcome> baseline(CashWorld world) {
        ErpBaseline b = new ErpBaseline(world.customers(), world.openItems());
        List<Outcome> out = new ArrayList<>(world.payments().size());
        for (Payment p : world.payments()) {
            out.add(Outcome.judge(b.match(p), world.truth().get(p.id().value())));
        }
        return out;
    }

    /**
     * Fits the calibration on a world of its own seed: run, label each chosen candidate right or wrong,
     * bin (only payments no rule forces to a person); a second pass repeats it with the fitted table so the batch's AUTO decisions (which change
     * open amounts for later payments) look like they will in use.
     */
    static Calibration calibrate(CashWorld calibrationWorld, MatchSettings settings) {
        Calibration c = Calibration.rulesOnly();
        for (int pass = 0; pass < 2; pass++) {
            List<Map.Entry<MatchPattern, Boolean>> labelled = new ArrayList<>();
            for (Outcome o : run(calibrationWorld, c, settings)) {
                if (o.result().reviewRequired()) {
                    continue; // a rule sends these to a person whatever the score: they say nothing about AUTO
                }
                labelled.add(new AbstractMap.SimpleEntry<>(o.result().chosen().pattern(), o.paymentRight()));
            }
            c = Calibration.fit(labelled);
        }
        return c;
    }

    /**
     * The lowest threshold at which AUTO allocations on the calibration world stay at or above the
     * precision target (walking down from the most confident), never below {@code floor}. Chosen on the
     * calibration split only; its confidences are in-sample there, hence a target above the goal.
     */
    static double chooseThreshold(CashWorld calibrationWorld, Calibration calibration, MatchSettings settings,
            double targetPrecision, double floor) {
        Scorecard s = new Scorecard(run(calibrationWorld, calibration, settings));
        double chosen = settings.autoThreshold();
        for (double[] point : s.curve()) {
            if (point[2] < targetPrecision || point[0] < floor) {
                break;
            }
            chosen = point[0];
        }
        return chosen;
    }
}
