package io.clearline.eval.matching;

import io.clearline.matching.Calibration;
import io.clearline.matching.MatchSettings;
import io.clearline.trainingdata.cash.CashWorld;
import io.clearline.trainingdata.cash.CashWorldGenerator;
import io.clearline.trainingdata.cash.CashWorldSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./clearline eval matching}: fits the confidence calibration on a world of its own seed,
 * generates the benchmark world (2,000 customers, 200,000 open items, 20,000 payments; fixed seed),
 * runs the matcher and the ERP baseline on it, measures speed and heap, and writes
 * {@code eval/reports/matching.md}, {@code matching.json}, {@code matching-curve.svg} and the fitted
 * {@code matching-calibration.tsv}. {@code --quick} runs a small world (a smoke test, not the figures).
 */
public final class MatchingEval {

    static final long EVAL_SEED = 20_260_630L;
    static final long CALIBRATION_SEED = 77_001L;
    static final long LEARNING_SEED = 4_242L;
    /** AUTO precision to hold on the calibration split when choosing the threshold (the goal is 0.995). */
    static final double TARGET_PRECISION = 0.998;
    static final double THRESHOLD_FLOOR = 0.95;

    private MatchingEval() {
    }

    public static int run(Path repoRoot, List<String> args) {
        boolean quick = args.contains("--quick");
        Path reports = repoRoot.resolve("eval/reports");
        try {
            Files.createDirectories(reports);
            long started = System.nanoTime();
            MatchSettings defaults = MatchSettings.defaults();
            CashWorldSpec evalSpec = quick ? CashWorldSpec.small(EVAL_SEED).withPayments(1_000) : CashWorldSpec.benchmark(EVAL_SEED);
            CashWorldSpec calSpec = quick ? CashWorldSpec.small(CALIBRATION_SEED).withPayments(1_000)
                    : CashWorldSpec.benchmark(CALIBRATION_SEED);
            log("calibration world " + calSpec);
            CashWorld calibrationWorld = CashWorldGenerator.generate(calSpec);
            Calibration calibration = Runs.calibrate(calibrationWorld, defaults);
            double threshold = Runs.chooseThreshold(calibrationWorld, calibration, defaults, TARGET_PRECISION, THRESHOLD_FLOOR);
            calibration = calibration.withAutoThreshold(threshold);
            MatchSettings settings = defaults.withAutoThreshold(threshold);
            log(String.format("AUTO threshold %.4f (calibration split, precision target %.3f)", threshold, TARGET_PRECISION));
            calibrationWorld = null;
            Files.writeString(reports.resolve("matching-calibration.tsv"), calibration.toTsv(), StandardCharsets.UTF_8);
            log("evaluation world " + evalSpec);
            CashWorld world = CashWorldGenerator.generate(evalSpec);
            Scorecard matcher = new Scorecard(Runs.run(world, calibration, settings));
            Scorecard baseline = new Scorecard(Runs.baseline(world));
            log(String.format("auto precision %.4f, touchless %.4f, top-3 %.4f, payer %.4f; baseline %.4f / %.4f",
                    matcher.autoPrecision(), matcher.touchless(), matcher.top3Recall(), matcher.payerAccuracy(),
                    baseline.autoPrecision(), baseline.touchless()));
            log("held-out worlds");
            List<HeldOut.World> heldOut = HeldOut.run(HeldOut.specs(quick), calibration, settings);
            heldOut.forEach(w -> log(String.format("held out (%s): auto precision %.4f, touchless %.4f", w.label(),
                    w.autoPrecision(), w.touchless())));
            log("speed");
            Speed.Figures speed = Speed.measure(world, calibration, settings);
            log(String.format("%.0f payments/s, p99 %.2f ms", speed.paymentsPerSecond(), speed.p99Ms()));
            log("persisted batch (embedded PostgreSQL, gateway, audit log)");
            PersistedRun.Figures persisted = PersistedRun.run(world);
            log(persisted.summary());
            LearningDemo.Result learning = LearningDemo.run(CashWorldGenerator.generate(
                    CashWorldSpec.small(LEARNING_SEED).withPayments(1_200).withKnownAccountShare(0.0).withHeavyNameShare(1.0)), calibration, settings);
            world = null;
            log("heap for 1M open items");
            Double heap = quick ? null : Speed.heapForMillionItems(EVAL_SEED + 1);
            double seconds = (System.nanoTime() - started) / 1e9;
            MatchingReport report = new MatchingReport(evalSpec, calSpec, settings, matcher, baseline, speed, heap, learning, persisted, seconds,
                    heldOut);
            Files.writeString(reports.resolve("matching.json"), report.json(), StandardCharsets.UTF_8);
            Files.writeString(reports.resolve("matching-curve.svg"), report.svg(), StandardCharsets.UTF_8);
            Files.writeString(reports.resolve("matching.md"), report.markdown(), StandardCharsets.UTF_8);
            log(String.format("done in %.0f s: %s", seconds, reports.resolve("matching.md")));
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void log(String message) {
        System.err.println("eval matching: " + message);
    }
}
