package io.clearline.classification.training;

import io.clearline.classification.model.Calibration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Fits the isotonic map of the top probability ({@link Calibration#withTopMap}) on the calibration split,
 * after the temperature: pool-adjacent-violators on (top probability, answer right), each pooled block
 * becoming one knot at its mean probability. Each block's rate is shrunk towards one half by
 * {@value #PRIOR} of a right and of a wrong answer, so a block the model got entirely right maps below
 * 1.000 (the certainty no finite calibration set supports, see {@link TemperatureFit}).
 *
 * <p>Why: temperature scaling has one parameter for the whole range; on linear-SVM scores it leaves the
 * middle of the range over-confident and the top under-confident at once (ECE 0.05 on texts worded unlike
 * the training data). The map corrects the shape; it never changes which label is on top.
 */
final class IsotonicFit {

    static final double PRIOR = 0.5;

    private IsotonicFit() {
    }

    static Calibration fit(Calibration temperature, List<double[]> raw, int[] truth) {
        int n = truth.length;
        if (n == 0) {
            return temperature;
        }
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] p = temperature.apply(raw.get(i));
            int best = Scoring.argmax(p);
            points[i] = new double[] {p[best], best == truth[i] ? 1 : 0};
        }
        Arrays.sort(points, Comparator.comparingDouble(p -> p[0]));
        // blocks of {sum of x, sum of right, count}; equal probabilities always share a block
        List<double[]> blocks = new ArrayList<>();
        for (double[] point : points) {
            double[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last != null && last[0] / last[2] == point[0]) {
                last[0] += point[0];
                last[1] += point[1];
                last[2]++;
            } else {
                blocks.add(new double[] {point[0], point[1], 1});
            }
            while (blocks.size() > 1) {
                double[] b = blocks.get(blocks.size() - 1);
                double[] a = blocks.get(blocks.size() - 2);
                if (a[1] / a[2] < b[1] / b[2]) {
                    break;
                }
                a[0] += b[0];
                a[1] += b[1];
                a[2] += b[2];
                blocks.remove(blocks.size() - 1);
            }
        }
        double[] x = new double[blocks.size()];
        double[] y = new double[blocks.size()];
        for (int i = 0; i < x.length; i++) {
            double[] b = blocks.get(i);
            x[i] = b[0] / b[2];
            double shrunk = (b[1] + PRIOR) / (b[2] + 2 * PRIOR);
            y[i] = i == 0 ? shrunk : Math.max(y[i - 1], shrunk); // shrinking can undo the order of small blocks
        }
        return temperature.withTopMap(x, y);
    }
}
