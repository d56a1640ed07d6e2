package io.clearline.classification.training;

import java.util.Arrays;
import java.util.List;

/**
 * Scores of a classifier on one labelled set: accuracy, macro F1, confusion matrix, expected
 * calibration error with its reliability bins, and coverage/precision under per-label thresholds.
 */
public record Metrics(List<String> labels, int[][] confusion, double accuracy, double macroF1, double ece,
        double[] binConfidence, double[] binAccuracy, int[] binCount, double coverage, double answeredPrecision) {

    public static final int BINS = 10;

    /**
     * @param truth      true label index per item
     * @param predicted  top label index per item
     * @param confidence calibrated probability of the top label
     * @param answered   whether the item cleared its label's threshold
     */
    public static Metrics of(List<String> labels, int[] truth, int[] predicted, double[] confidence, boolean[] answered) {
        int k = labels.size();
        int n = truth.length;
        int[][] confusion = new int[k][k];
        int correct = 0;
        int answeredCount = 0;
        int answeredCorrect = 0;
        double[] binConf = new double[BINS];
        double[] binAcc = new double[BINS];
        int[] binCount = new int[BINS];
        for (int i = 0; i < n; i++) {
            confusion[truth[i]][predicted[i]]++;
            boolean ok = truth[i] == predicted[i];
            correct += ok ? 1 : 0;
            int b = Math.min(BINS - 1, (int) (confidence[i] * BINS));
            binConf[b] += confidence[i];
            binAcc[b] += ok ? 1 : 0;
            binCount[b]++;
            if (answered[i]) {
                answeredCount++;
                answeredCorrect += ok ? 1 : 0;
            }
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (binCount[b] > 0) {
                ece += Math.abs(binAcc[b] - binConf[b]) / n;
                binConf[b] /= binCount[b];
                binAcc[b] /= binCount[b];
            }
        }
        return new Metrics(List.copyOf(labels), confusion, n == 0 ? 0 : (double) correct / n, macroF1(confusion), ece,
                binConf, binAcc, binCount, n == 0 ? 0 : (double) answeredCount / n,
                answeredCount == 0 ? 1.0 : (double) answeredCorrect / answeredCount);
    }

    /** Macro F1 over labels that occur in truth or prediction. */
    static double macroF1(int[][] confusion) {
        int k = confusion.length;
        double sum = 0;
        int counted = 0;
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c];
            int actual = Arrays.stream(confusion[c]).sum();
            int predicted = 0;
            for (int[] row : confusion) {
                predicted += row[c];
            }
            if (actual + predicted == 0) {
                continue;
            }
            sum += 2.0 * tp / (actual + predicted);
            counted++;
        }
        return counted == 0 ? 0 : sum / counted;
    }

    public int count() {
        return Arrays.stream(confusion).flatMapToInt(Arrays::stream).sum();
    }
}
