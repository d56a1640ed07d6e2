package io.clearline.classification.training;

import io.clearline.classification.model.Calibration;
import java.util.List;

/**
 * Fits the temperature that minimises the negative log-likelihood on the calibration split, against
 * slightly smoothed targets ({@value #SMOOTHING} spread over the other labels). Without smoothing a
 * split the model gets entirely right drives T towards zero and every answer to 1.000 — a certainty
 * no finite calibration set supports, and one that texts unlike the training data then inherit.
 */
final class TemperatureFit {

    static final double SMOOTHING = 0.005;

    private TemperatureFit() {
    }

    static Calibration fit(Calibration start, List<double[]> raw, int[] truth) {
        // Golden-section search on log T over [0.01, 100]; NLL is unimodal in T for fixed logits.
        double lo = Math.log(0.01);
        double hi = Math.log(100);
        double phi = (Math.sqrt(5) - 1) / 2;
        double a = hi - phi * (hi - lo);
        double b = lo + phi * (hi - lo);
        double fa = nll(start, Math.exp(a), raw, truth);
        double fb = nll(start, Math.exp(b), raw, truth);
        for (int i = 0; i < 80; i++) {
            if (fa < fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - phi * (hi - lo);
                fa = nll(start, Math.exp(a), raw, truth);
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + phi * (hi - lo);
                fb = nll(start, Math.exp(b), raw, truth);
            }
        }
        return start.withTemperature(Math.exp((lo + hi) / 2));
    }

    static double nll(Calibration base, double temperature, List<double[]> raw, int[] truth) {
        Calibration c = base.withTemperature(temperature);
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            double[] p = c.apply(raw.get(i));
            double other = p.length > 1 ? SMOOTHING / (p.length - 1) : 0;
            for (int k = 0; k < p.length; k++) {
                sum -= (k == truth[i] ? 1 - SMOOTHING : other) * Math.log(Math.max(p[k], 1e-15));
            }
        }
        return sum / truth.length;
    }
}
