package io.clearline.eval.extraction;

import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.ExtractionResult;
import io.clearline.trainingdata.documents.GroundTruth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores extraction of generated documents against their ground truth, per split (seen or
 * holdout layouts), document type and field; header fields and line-item fields apart.
 */
final class GeneratedScore {

    /** split → "TYPE.field" (line fields "TYPE.lines.field") → tally. */
    final Map<String, Map<String, Tally>> fields = new TreeMap<>();
    final Map<String, int[]> lines = new TreeMap<>();
    final Map<String, int[]> types = new TreeMap<>();
    final List<String> misses = new ArrayList<>();
    /** Confidence decile (0..9) → {right, extracted}: does a confidence of 0.9 mean right nine times in ten? */
    final int[][] calibration = new int[10][2];

    /** Confidence of extracted fields that were right / wrong: {sum, count} each. */
    final Reliability reliability = new Reliability();

    private void calibrate(ExtractedField<Object> got, boolean same) {
        if (got != null) {
            reliability.add(got.confidence().value(), same);
            int bucket = Math.min(9, (int) (got.confidence().value() * 10));
            calibration[bucket][1]++;
            if (same) {
                calibration[bucket][0]++;
            }
        }
    }

    void add(GroundTruth truth, ExtractionResult result) {
        String split = truth.holdout() ? "holdout" : "seen";
        String type = truth.documentType().name();
        types.computeIfAbsent(split, k -> new int[2])[1]++;
        if (result.documentType() == truth.documentType()) {
            types.get(split)[0]++;
        }
        Map<String, Tally> tallies = fields.computeIfAbsent(split, k -> new TreeMap<>());
        for (String name : names(truth.fields(), result.fields())) {
            Object expected = truth.fields().get(name);
            ExtractedField<Object> got = result.fields().get(name);
            boolean same = SameValue.same(expected, got == null ? null : got.value());
            tallies.computeIfAbsent(type + "." + name, k -> new Tally()).add(expected != null, got != null, same);
            calibrate(got, same);
            if (!same && misses.size() < 400) {
                misses.add(truth.id() + " " + name + ": expected " + expected + ", got "
                        + (got == null ? null : got.value()));
            }
        }
        int[] lineCounts = lines.computeIfAbsent(split, k -> new int[2]);
        for (int i = 0; i < Math.max(truth.lines().size(), result.lines().size()); i++) {
            Map<String, Object> expected = i < truth.lines().size() ? truth.lines().get(i) : Map.of();
            Map<String, ExtractedField<Object>> got = i < result.lines().size() ? result.lines().get(i) : Map.of();
            boolean exact = !expected.isEmpty();
            for (String name : names(expected, got)) {
                Object e = expected.get(name);
                ExtractedField<Object> g = got.get(name);
                boolean same = SameValue.same(e, g == null ? null : g.value());
                exact &= same || e == null && g == null;
                tallies.computeIfAbsent(type + ".lines." + name, k -> new Tally()).add(e != null, g != null, same);
                calibrate(g, same);
                if (!same && misses.size() < 400) {
                    misses.add(truth.id() + " line " + (i + 1) + " " + name + ": expected " + e + ", got "
                            + (g == null ? null : g.value()));
                }
            }
            if (i < truth.lines().size()) {
                lineCounts[1]++;
                if (exact) {
                    lineCounts[0]++;
                }
            }
        }
    }

    Tally total(String split) {
        Tally all = new Tally();
        fields.getOrDefault(split, Map.of()).values().forEach(all::add);
        return all;
    }

    Tally total(String split, boolean lineFields) {
        Tally all = new Tally();
        fields.getOrDefault(split, Map.of()).forEach((k, v) -> {
            if (k.contains(".lines.") == lineFields) {
                all.add(v);
            }
        });
        return all;
    }

    double lineExact(String split) {
        int[] c = lines.getOrDefault(split, new int[2]);
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    private static Set<String> names(Map<String, ?> a, Map<String, ?> b) {
        Set<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }
}
