package io.clearline.eval.classification;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** A run's latency distribution in milliseconds (warm-up already excluded by the caller). */
record Latencies(int calls, double seconds, double p50, double p90, double p99, double max) {

    static Latencies of(double[] ms, double seconds) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, seconds, HttpBenchmark.percentile(sorted, 0.50),
                HttpBenchmark.percentile(sorted, 0.90), HttpBenchmark.percentile(sorted, 0.99), sorted[sorted.length - 1]);
    }

    double perSecond() {
        return calls / seconds;
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calls", calls);
        m.put("requests_per_s", Math.round(perSecond()));
        m.put("p50_ms", r(p50));
        m.put("p90_ms", r(p90));
        m.put("p99_ms", r(p99));
        m.put("max_ms", r(max));
        return m;
    }

    private static double r(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
