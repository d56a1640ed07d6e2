package io.clearline.classification.training;

import io.clearline.classification.model.Calibration;
import java.util.List;
import java.util.Map;

/** Turns raw model outputs into calibrated predictions and {@link Metrics}; shared by training and eval. */
public final class Scoring {

    private Scoring() {
    }

    /** Calibrated probabilities per item; a null raw output (no known feature) scores uniform. */
    public static double[][] calibrated(Calibration calibration, List<double[]> raw, int labels) {
        double[][] out = new double[raw.size()][];
        for (int i = 0; i < raw.size(); i++) {
            out[i] = raw.get(i) == null ? uniform(labels) : calibration.apply(raw.get(i));
        }
        return out;
    }

    public static Metrics metrics(List<String> labels, List<String> truthLabels, double[][] probabilities,
            Map<String, Double> thresholds) {
        int n = truthLabels.size();
        int[] truth = truth(labels, truthLabels);
        int[] predicted = new int[n];
        double[] confidence = new double[n];
        boolean[] answered = new boolean[n];
        for (int i = 0; i < n; i++) {
            predicted[i] = argmax(probabilities[i]);
            confidence[i] = probabilities[i][predicted[i]];
            answered[i] = confidence[i] >= thresholds.getOrDefault(labels.get(predicted[i]), ThresholdFit.NEVER);
        }
        return Metrics.of(labels, truth, predicted, confidence, answered);
    }

    static int[] truth(List<String> labels, List<String> truthLabels) {
        int[] truth = new int[truthLabels.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = labels.indexOf(truthLabels.get(i));
            if (truth[i] < 0) {
                throw new IllegalArgumentException("label '" + truthLabels.get(i) + "' is not among " + labels);
            }
        }
        return truth;
    }

    public static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double[] uniform(int k) {
        double[] u = new double[k];
        java.util.Arrays.fill(u, 1.0 / k);
        return u;
    }
}
