package io.clearline.classification.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses to promote a model whose metrics fall behind the promoted one's by more than a tolerance:
 * macro F1 and accuracy must not drop, calibration error must not grow, beyond {@code tolerance}.
 */
public record PromotionGate(double tolerance) {

    public record Decision(boolean promote, List<String> reasons) {
    }

    public PromotionGate {
        if (tolerance < 0 || tolerance > 1) {
            throw new IllegalArgumentException("tolerance must be within [0, 1]");
        }
    }

    public Decision decide(Map<String, Double> candidate, Map<String, Double> current) {
        if (current == null || current.isEmpty()) {
            return new Decision(true, List.of("no promoted version yet"));
        }
        List<String> regressions = new ArrayList<>();
        higherIsBetter("macro_f1", candidate, current, regressions);
        higherIsBetter("accuracy", candidate, current, regressions);
        double ece = candidate.getOrDefault("ece", 1.0);
        double was = current.getOrDefault("ece", 1.0);
        if (ece > was + tolerance) {
            regressions.add(String.format("ece %.4f > promoted %.4f + %.3f", ece, was, tolerance));
        }
        return regressions.isEmpty()
                ? new Decision(true, List.of("within tolerance " + tolerance + " of the promoted version"))
                : new Decision(false, regressions);
    }

    private void higherIsBetter(String key, Map<String, Double> candidate, Map<String, Double> current,
            List<String> regressions) {
        double now = candidate.getOrDefault(key, 0.0);
        double was = current.getOrDefault(key, 0.0);
        if (now < was - tolerance) {
            regressions.add(String.format("%s %.4f < promoted %.4f - %.3f", key, now, was, tolerance));
        }
    }
}
