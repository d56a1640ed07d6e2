package io.clearline.classification.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses to promote a model whose metrics fall behind a reference's by more than a tolerance: macro F1,
 * accuracy and coverage at the target precision must not drop, calibration error must not grow, beyond
 * {@code tolerance}. The references are the version the candidate would replace and the pinned baseline
 * ({@code models/<name>/BASELINE}), both scored by the retrain command on the candidate's own test split:
 * a candidate compared only with its predecessor's stored figures could chain small regressions past
 * the tolerance, version after version.
 */
public record PromotionGate(double tolerance) {

    /** Higher is better for these; {@link #ECE} is lower-is-better. A key missing on either side is skipped. */
    static final List<String> HIGHER_IS_BETTER = List.of("macro_f1", "accuracy", "coverage_at_target_precision");
    static final String ECE = "ece";

    public record Decision(boolean promote, List<String> reasons) {

        public Decision {
            reasons = List.copyOf(reasons);
        }
    }

    public PromotionGate {
        if (tolerance < 0 || tolerance > 1) {
            throw new IllegalArgumentException("tolerance must be within [0, 1]");
        }
    }

    /** Against one reference, the promoted version; none means nothing to compare with (first version). */
    public Decision decide(Map<String, Double> candidate, Map<String, Double> current) {
        Map<String, Map<String, Double>> references = new LinkedHashMap<>();
        if (current != null && !current.isEmpty()) {
            references.put("promoted", current);
        }
        return decideAgainst(candidate, references);
    }

    /**
     * Against every reference (name → its metrics on the candidate's test split): promoted only when the
     * candidate stays within tolerance of each of them.
     */
    public Decision decideAgainst(Map<String, Double> candidate, Map<String, Map<String, Double>> references) {
        if (references.isEmpty()) {
            return new Decision(true, List.of("no promoted version yet"));
        }
        List<String> regressions = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> reference : references.entrySet()) {
            Map<String, Double> was = reference.getValue();
            for (String key : HIGHER_IS_BETTER) {
                if (candidate.containsKey(key) && was.containsKey(key) && candidate.get(key) < was.get(key) - tolerance) {
                    regressions.add(String.format("%s %.4f < %s %.4f - %.3f", key, candidate.get(key),
                            reference.getKey(), was.get(key), tolerance));
                }
            }
            double ece = candidate.getOrDefault(ECE, 1.0);
            double wasEce = was.getOrDefault(ECE, 1.0);
            if (ece > wasEce + tolerance) {
                regressions.add(String.format("ece %.4f > %s %.4f + %.3f", ece, reference.getKey(), wasEce, tolerance));
            }
        }
        return regressions.isEmpty()
                ? new Decision(true, List.of("within tolerance " + tolerance + " of " + String.join(" and ",
                        references.keySet())))
                : new Decision(false, regressions);
    }
}
