package io.clearline.classification.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;

/**
 * Turns a model's raw outputs into calibrated probabilities, fitted on the calibration split.
 *
 * <p>Temperature scaling: {@code softmax(z / T)} where z are the model's logits — the log of its
 * probabilities when it outputs probabilities (logistic regression), its raw scores otherwise (linear
 * SVM). T = 1 on probabilities changes nothing.
 *
 * <p>Method {@value #TEMPERATURE_ISOTONIC} adds an isotonic map of the top probability after the
 * temperature: {@code topX} → {@code topY} (increasing knots, linear between them, flat outside), fitted
 * so that the answered label's confidence matches how often such answers were right. The other labels
 * share the rest in their proportions, and the top label stays on top (the ranking, so the answer, never
 * changes). Versions written before this method have no knots and load as plain temperature scaling.
 *
 * @param topX knots of the top-probability map (after temperature), increasing; null for none
 * @param topY calibrated top probability at each knot, non-decreasing; null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Calibration(String method, double temperature, boolean outputIsProbability, double[] topX,
        double[] topY) {

    public static final String TEMPERATURE = "temperature";
    public static final String TEMPERATURE_ISOTONIC = "temperature+isotonic";

    public Calibration {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive, was " + temperature);
        }
        if ((topX == null) != (topY == null) || topX != null && (topX.length != topY.length || topX.length == 0)) {
            throw new IllegalArgumentException("the top-probability map needs as many calibrated values as knots");
        }
        if (topX != null) {
            for (int i = 1; i < topX.length; i++) {
                if (!(topX[i] > topX[i - 1]) || topY[i] < topY[i - 1]) {
                    throw new IllegalArgumentException("the top-probability map must increase");
                }
            }
            topX = topX.clone();
            topY = topY.clone();
        }
    }

    /** Temperature scaling only (the form of every version before the isotonic map). */
    public Calibration(String method, double temperature, boolean outputIsProbability) {
        this(method, temperature, outputIsProbability, null, null);
    }

    public static Calibration identity(boolean outputIsProbability) {
        return new Calibration(TEMPERATURE, 1.0, outputIsProbability);
    }

    public Calibration withTemperature(double t) {
        return new Calibration(method, t, outputIsProbability, topX, topY);
    }

    /** This temperature followed by an isotonic map of the top probability. */
    public Calibration withTopMap(double[] x, double[] y) {
        return new Calibration(TEMPERATURE_ISOTONIC, temperature, outputIsProbability, x, y);
    }

    public double[] apply(float[] raw) {
        double[] p = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            p[i] = logit(raw[i]);
        }
        return mapTop(softmax(p, temperature));
    }

    public double[] apply(double[] raw) {
        double[] p = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            p[i] = logit(raw[i]);
        }
        return mapTop(softmax(p, temperature));
    }

    private double logit(double raw) {
        return outputIsProbability ? Math.log(Math.max(raw, 1e-12)) : raw;
    }

    /** The top probability through the map; the others scaled to share the rest; the top stays top. */
    private double[] mapTop(double[] p) {
        if (topX == null || p.length < 2) {
            return p;
        }
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            best = p[i] > p[best] ? i : best;
        }
        double top = p[best];
        double rest = 1 - top;
        double runnerUp = 0;
        for (int i = 0; i < p.length; i++) {
            runnerUp = i == best ? runnerUp : Math.max(runnerUp, p[i]);
        }
        // q must stay above the runner-up after scaling: q >= runnerUp * (1 - q) / rest
        double floor = rest > 0 ? runnerUp / (rest + runnerUp) : 1.0 / p.length;
        double q = Math.max(interpolate(top), Math.max(floor, 1.0 / p.length));
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = i == best ? q : rest > 0 ? p[i] * (1 - q) / rest : (1 - q) / (p.length - 1);
        }
        return out;
    }

    private double interpolate(double x) {
        if (x <= topX[0]) {
            return topY[0];
        }
        int last = topX.length - 1;
        if (x >= topX[last]) {
            return topY[last];
        }
        int i = Arrays.binarySearch(topX, x);
        if (i >= 0) {
            return topY[i];
        }
        i = -i - 1;
        double t = (x - topX[i - 1]) / (topX[i] - topX[i - 1]);
        return topY[i - 1] + t * (topY[i] - topY[i - 1]);
    }

    static double[] softmax(double[] z, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v / temperature);
        }
        double sum = 0;
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = Math.exp(z[i] / temperature - max);
            sum += out[i];
        }
        for (int i = 0; i < z.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Calibration c && method.equals(c.method) && temperature == c.temperature
                && outputIsProbability == c.outputIsProbability && Arrays.equals(topX, c.topX)
                && Arrays.equals(topY, c.topY);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * method.hashCode() + Double.hashCode(temperature)) + Arrays.hashCode(topX);
    }

    @Override
    public String toString() {
        return topX == null ? "Calibration[" + method + ", T=" + temperature + "]"
                : "Calibration[" + method + ", T=" + temperature + ", " + topX.length + " knots]";
    }
}
