package io.clearline.eval.classification;

import io.clearline.classification.ClassificationRequest;
import io.clearline.classification.Classifiers;
import java.util.Arrays;
import java.util.List;

/** In-process latency of one classification, warm: the eval harness's benchmark, not a unit test. */
final class Speed {

    record Result(int calls, double p50Ms, double p99Ms, double maxMs) {
    }

    private Speed() {
    }

    static Result inProcess(Classifiers classifiers, List<String> texts) {
        for (int i = 0; i < 3000; i++) {
            classifiers.classify("deduction-reason", ClassificationRequest.of(texts.get(i % texts.size())));
        }
        int calls = 5000;
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            ClassificationRequest request = ClassificationRequest.of(texts.get(i % texts.size()));
            long start = System.nanoTime();
            classifiers.classify("deduction-reason", request);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Result(calls, nanos[calls / 2] / 1e6, nanos[(int) Math.ceil(calls * 0.99) - 1] / 1e6,
                nanos[calls - 1] / 1e6);
    }
}
