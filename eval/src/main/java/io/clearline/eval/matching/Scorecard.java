package io.clearline.eval.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import io.clearline.trainingdata.cash.PaymentTruth.Scenario;

/** Accuracy figures over a run's outcomes, overall and per scenario, and the precision/automation curve. */
final class Scorecard {

    final List<Outcome> outcomes;

    Scorecard(List<Outcome> outcomes) {
        this.outcomes = outcomes;
    }

    double autoPrecision() {
        long n = 0;
        long right = 0;
        for (Outcome o : outcomes) {
            if (o.auto()) {
                n += o.allocations();
                right += o.rightAllocations();
            }
        }
        return n == 0 ? Double.NaN : (double) right / n;
    }

    long autoAllocations() {
        return outcomes.stream().filter(Outcome::auto).mapToLong(Outcome::allocations).sum();
    }

    double touchless() {
        return share(outcomes, o -> o.result().isTouchless());
    }

    double top3Recall() {
        List<Outcome> applicable = outcomes.stream().filter(o -> !o.truth().allocations().isEmpty()).toList();
        return share(applicable, Outcome::inTopThree);
    }

    double payerAccuracy() {
        return share(outcomes, Outcome::payerRight);
    }

    double paymentAccuracy() {
        return share(outcomes, Outcome::paymentRight);
    }

    double reasonAccuracy() {
        List<Outcome> shortPays = outcomes.stream().filter(o -> o.truth().scenario() == Scenario.SHORT_PAY && o.paymentRight()).toList();
        return share(shortPays, Outcome::reasonRight);
    }

    Map<Scenario, List<Outcome>> byScenario() {
        Map<Scenario, List<Outcome>> out = new EnumMap<>(Scenario.class);
        for (Outcome o : outcomes) {
            out.computeIfAbsent(o.truth().scenario(), k -> new ArrayList<>()).add(o);
        }
        return out;
    }

    /** (threshold, automation, precision) as the threshold moves over the confidences seen. */
    List<double[]> curve() {
        List<Outcome> eligible = new ArrayList<>(outcomes.stream().filter(Outcome::eligible).toList());
        eligible.sort(Comparator.comparingDouble((Outcome o) -> o.result().confidence().value()).reversed());
        List<double[]> points = new ArrayList<>();
        long n = 0;
        long right = 0;
        int payments = 0;
        for (int i = 0; i < eligible.size(); i++) {
            Outcome o = eligible.get(i);
            n += o.allocations();
            right += o.rightAllocations();
            payments++;
            double c = o.result().confidence().value();
            boolean last = i + 1 == eligible.size() || eligible.get(i + 1).result().confidence().value() < c;
            if (last) {
                points.add(new double[] {c, (double) payments / outcomes.size(), n == 0 ? 1 : (double) right / n});
            }
        }
        return points;
    }

    static double share(List<Outcome> list, java.util.function.Predicate<Outcome> p) {
        return list.isEmpty() ? Double.NaN : (double) list.stream().filter(p).count() / list.size();
    }
}
