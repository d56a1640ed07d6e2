package io.clearline.classification.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-label thresholds for a target precision, set on the calibration split: for the items
 * predicted as a label, the lowest confidence at which the items at or above it are still right at
 * the target rate. A label that never reaches the target gets {@link #NEVER} (always reviewed).
 */
final class ThresholdFit {

    /** Above any probability: the label is never answered automatically. */
    static final double NEVER = 1.000001;

    private ThresholdFit() {
    }

    /** The same, for calibrated probabilities: each item is predicted as its most probable label. */
    static Map<String, Double> fit(List<String> labels, int[] truth, double[][] probabilities, double targetPrecision,
            double floor) {
        int[] predicted = new int[probabilities.length];
        double[] confidence = new double[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            predicted[i] = Scoring.argmax(probabilities[i]);
            confidence[i] = probabilities[i][predicted[i]];
        }
        return fit(labels, truth, predicted, confidence, targetPrecision, floor);
    }

    static Map<String, Double> fit(List<String> labels, int[] truth, int[] predicted, double[] confidence,
            double targetPrecision, double floor) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int c = 0; c < labels.size(); c++) {
            List<double[]> items = new ArrayList<>();
            for (int i = 0; i < truth.length; i++) {
                if (predicted[i] == c) {
                    items.add(new double[] {confidence[i], truth[i] == c ? 1 : 0});
                }
            }
            items.sort((x, y) -> Double.compare(y[0], x[0]));
            double threshold = NEVER;
            int right = 0;
            for (int m = 0; m < items.size(); m++) {
                right += (int) items.get(m)[1];
                boolean lastOfTies = m + 1 == items.size() || items.get(m + 1)[0] < items.get(m)[0];
                if (lastOfTies && (double) right / (m + 1) >= targetPrecision) {
                    threshold = items.get(m)[0];
                }
            }
            out.put(labels.get(c), threshold == NEVER ? NEVER : Math.max(floor, threshold));
        }
        return out;
    }
}
