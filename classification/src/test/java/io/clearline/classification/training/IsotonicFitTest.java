package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.model.Calibration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsotonicFitTest {

    /**
     * Scores whose top label is right with probability {@code a(s)} while a softmax with one temperature
     * cannot follow that shape: nearly every answer looks certain, but the middle of the range is a coin toss.
     */
    private static void sample(long seed, int n, List<double[]> raw, List<Integer> truth) {
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            double s = r.nextDouble() * 6;
            double accuracy = s < 3 ? 0.5 : 0.98;
            int label = r.nextInt(3);
            int top = r.nextDouble() < accuracy ? label : (label + 1 + r.nextInt(2)) % 3;
            double[] z = new double[3];
            z[top] = s;
            raw.add(z);
            truth.add(label);
        }
    }

    @Test
    void theMapLowersCalibrationErrorOnNewItemsAndKeepsEveryAnswer() {
        List<double[]> raw = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        sample(1, 4000, raw, truth);
        int[] t = truth.stream().mapToInt(Integer::intValue).toArray();
        Calibration temperature = TemperatureFit.fit(Calibration.identity(false), raw, t);
        Calibration isotonic = IsotonicFit.fit(temperature, raw, t);
        assertThat(isotonic.method()).isEqualTo(Calibration.TEMPERATURE_ISOTONIC);

        List<double[]> fresh = new ArrayList<>();
        List<Integer> freshTruth = new ArrayList<>();
        sample(2, 4000, fresh, freshTruth);
        List<String> labels = List.of("A", "B", "C");
        List<String> truthLabels = freshTruth.stream().map(labels::get).toList();
        Metrics before = Scoring.metrics(labels, truthLabels, Scoring.calibrated(temperature, fresh, 3), java.util.Map.of());
        Metrics after = Scoring.metrics(labels, truthLabels, Scoring.calibrated(isotonic, fresh, 3), java.util.Map.of());
        assertThat(after.ece()).isLessThan(before.ece() / 2);
        assertThat(after.accuracy()).isEqualTo(before.accuracy()); // same answers, other confidences
        for (double[] z : fresh) {
            double[] p = isotonic.apply(z);
            assertThat(Scoring.argmax(p)).isEqualTo(Scoring.argmax(temperature.apply(z)));
            assertThat(p[Scoring.argmax(p)]).isLessThan(1.0);
        }
    }
}
