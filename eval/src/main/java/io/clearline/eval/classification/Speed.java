package io.clearline.eval.classification;

import io.clearline.classification.ClassificationRequest;
import io.clearline.classification.Classifiers;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/** In-process latency of one classification, warm: the eval harness's benchmark, not a unit test. */
final class Speed {

    /**
     * p99 of the median round, p50 and mean over all, each round's p99 (rounded to µs), and the
     * measuring thread's CPU per call (the cost a request adds to a busy service, apart from waiting).
     */
    record Result(int calls, double p50Ms, double p99Ms, double[] rounds, double meanMs, double cpuUsPerCall) {
    }

    private Speed() {
    }

    static Result inProcess(Classifiers classifiers, List<String> texts) {
        for (int i = 0; i < 3000; i++) {
            classifiers.classify("deduction-reason", ClassificationRequest.of(texts.get(i % texts.size())));
        }
        int rounds = 5;
        int calls = 2000;
        double[] p99 = new double[rounds];
        long[] all = new long[rounds * calls];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            long[] nanos = new long[calls];
            for (int i = 0; i < calls; i++) {
                ClassificationRequest request = ClassificationRequest.of(texts.get(i % texts.size()));
                long start = System.nanoTime();
                classifiers.classify("deduction-reason", request);
                nanos[i] = System.nanoTime() - start;
                all[r * calls + i] = nanos[i];
            }
            Arrays.sort(nanos);
            p99[r] = Math.round(nanos[(int) Math.ceil(calls * 0.99) - 1] / 1e3) / 1e3;
        }
        double cpuUs = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e3 / all.length;
        Arrays.sort(all);
        double[] sorted = p99.clone();
        Arrays.sort(sorted);
        return new Result(calls, all[all.length / 2] / 1e6, sorted[rounds / 2], p99,
                Arrays.stream(all).average().orElse(0) / 1e6, cpuUs);
    }

    /** Classifications per second through the batch form, batches of 256, in-process, one thread. */
    static double batchThroughput(Classifiers classifiers, List<String> texts) {
        List<ClassificationRequest> batch = texts.stream().limit(256).map(ClassificationRequest::of).toList();
        for (int i = 0; i < 20; i++) {
            classifiers.classifyBatch("deduction-reason", batch);
        }
        long start = System.nanoTime();
        int done = 0;
        while (System.nanoTime() - start < 3_000_000_000L) {
            done += classifiers.classifyBatch("deduction-reason", batch).size();
        }
        return done / ((System.nanoTime() - start) / 1e9);
    }
}
