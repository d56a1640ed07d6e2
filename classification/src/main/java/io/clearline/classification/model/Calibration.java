package io.clearline.classification.model;

/**
 * Temperature scaling fitted on the calibration split: {@code softmax(z / T)} where z are the
 * model's logits — the log of its probabilities when it outputs probabilities (logistic
 * regression), its raw scores otherwise (linear SVM). T = 1 on probabilities changes nothing.
 */
public record Calibration(String method, double temperature, boolean outputIsProbability) {

    public static final String TEMPERATURE = "temperature";

    public Calibration {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive, was " + temperature);
        }
    }

    public static Calibration identity(boolean outputIsProbability) {
        return new Calibration(TEMPERATURE, 1.0, outputIsProbability);
    }

    public Calibration withTemperature(double t) {
        return new Calibration(method, t, outputIsProbability);
    }

    public double[] apply(float[] raw) {
        double[] p = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            p[i] = logit(raw[i]);
        }
        return softmax(p, temperature);
    }

    public double[] apply(double[] raw) {
        double[] p = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            p[i] = logit(raw[i]);
        }
        return softmax(p, temperature);
    }

    private double logit(double raw) {
        return outputIsProbability ? Math.log(Math.max(raw, 1e-12)) : raw;
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
}
