package io.clearline.eval.matching;

import io.clearline.core.receivables.Payment;
import io.clearline.matching.Calibration;
import io.clearline.matching.CashMatcher;
import io.clearline.matching.MatchSettings;
import io.clearline.matching.index.OpenItemIndex;
import io.clearline.trainingdata.cash.CashWorld;
import io.clearline.trainingdata.cash.CashWorldGenerator;
import io.clearline.trainingdata.cash.CashWorldSpec;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** Throughput and latency of matching alone (one thread, after warm-up), and heap for a million open items. */
final class Speed {

    record Figures(double paymentsPerSecond, double p50Ms, double p99Ms, double maxMs) {
    }

    private Speed() {
    }

    static Figures measure(CashWorld world, Calibration calibration, MatchSettings settings) {
        for (int warm = 0; warm < 2; warm++) {
            CashMatcher m = Runs.matcher(world, calibration, settings);
            world.payments().forEach(m::match);
        }
        CashMatcher m = Runs.matcher(world, calibration, settings);
        long[] nanos = new long[world.payments().size()];
        long start = System.nanoTime();
        int i = 0;
        for (Payment p : world.payments()) {
            long t = System.nanoTime();
            m.match(p);
            nanos[i++] = System.nanoTime() - t;
        }
        long total = System.nanoTime() - start;
        Arrays.sort(nanos);
        return new Figures(nanos.length / (total / 1e9), nanos[nanos.length / 2] / 1e6,
                nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.99) - 1)] / 1e6, nanos[nanos.length - 1] / 1e6);
    }

    /** Used heap (MB) after GC with only the index of a generated million-item ledger held. */
    static double heapForMillionItems(long seed) {
        long before = usedAfterGc();
        OpenItemIndex index = build(seed);
        long after = usedAfterGc();
        if (index.size() != 1_000_000) {
            throw new IllegalStateException("expected 1,000,000 items, built " + index.size());
        }
        return (after - before) / (1024.0 * 1024.0);
    }

    private static OpenItemIndex build(long seed) {
        CashWorld world = CashWorldGenerator.generate(new CashWorldSpec(seed, 10_000, 1_000_000, 0,
                java.time.LocalDate.of(2026, 6, 30), 0.75));
        CashMatcher m = CashMatcher.of(world.customers(), world.openItems(), MatchSettings.defaults(),
                memo -> java.util.Optional.empty(), Calibration.rulesOnly());
        return m.index();
    }

    static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
