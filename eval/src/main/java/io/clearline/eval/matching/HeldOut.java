package io.clearline.eval.matching;

import io.clearline.matching.Calibration;
import io.clearline.matching.MatchSettings;
import io.clearline.trainingdata.cash.CashWorldGenerator;
import io.clearline.trainingdata.cash.CashWorldSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Held-out worlds: the world generator with seeds and mixes that played no part in developing the matcher
 * or fitting its calibration (other ledger density, fewer payments from known bank accounts, some badly
 * printed payer names), run with the calibration and threshold chosen on the calibration world. Their
 * worst AUTO precision and touchless rate show whether the rules are tuned to the evaluation seed.
 */
final class HeldOut {

    record World(String label, CashWorldSpec spec, double autoPrecision, double touchless, double top3,
            double payer, double multiNoRemittanceTouchless) {
    }

    private HeldOut() {
    }

    static List<CashWorldSpec> specs(boolean quick) {
        if (quick) {
            return List.of(CashWorldSpec.small(31_337L).withPayments(800),
                    CashWorldSpec.small(90_210L).withPayments(800).withKnownAccountShare(0.5).withHeavyNameShare(0.1));
        }
        LocalDate batch = LocalDate.of(2026, 9, 30);
        return List.of(
                // half the payments from an account the master lists (more by name alone)
                CashWorldSpec.benchmark(31_337L).withKnownAccountShare(0.5),
                // a denser ledger (150 open items per customer) with some badly printed payer names
                new CashWorldSpec(90_210L, 1_000, 150_000, 12_000, batch, 0.75, 0.1));
    }

    static List<World> run(List<CashWorldSpec> specs, Calibration calibration, MatchSettings settings) {
        List<World> out = new ArrayList<>();
        for (CashWorldSpec spec : specs) {
            Scorecard s = new Scorecard(Runs.run(CashWorldGenerator.generate(spec), calibration, settings));
            var mnr = s.byScenario().getOrDefault(io.clearline.trainingdata.cash.PaymentTruth.Scenario.MULTI_NO_REMITTANCE, List.of());
            out.add(new World(label(spec), spec, s.autoPrecision(), s.touchless(), s.top3Recall(), s.payerAccuracy(),
                    Scorecard.share(mnr, o -> o.result().isTouchless())));
        }
        return out;
    }

    static String label(CashWorldSpec s) {
        return String.format(Locale.ROOT, "seed %d: %,d customers, %,d open items, %,d payments, known accounts %.2f, "
                + "mangled names %.2f", s.seed(), s.customers(), s.openItems(), s.payments(), s.knownAccountShare(),
                s.heavyNameShare());
    }

    static double minAutoPrecision(List<World> worlds) {
        return worlds.stream().mapToDouble(World::autoPrecision).min().orElse(Double.NaN);
    }

    static double minTouchless(List<World> worlds) {
        return worlds.stream().mapToDouble(World::touchless).min().orElse(Double.NaN);
    }
}
