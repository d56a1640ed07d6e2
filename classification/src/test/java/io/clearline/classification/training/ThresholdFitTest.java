package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdFitTest {

    @Test
    void picksTheLowestConfidenceThatKeepsTheTargetPrecision() {
        // Label A predicted 5 times: right at 0.95, 0.9, 0.8; wrong at 0.7; right at 0.6.
        int[] truth = {0, 0, 0, 1, 0};
        int[] predicted = {0, 0, 0, 0, 0};
        double[] confidence = {0.95, 0.9, 0.8, 0.7, 0.6};
        Map<String, Double> t = ThresholdFit.fit(List.of("A", "B"), truth, predicted, confidence, 0.99, 0.5);
        assertThat(t.get("A")).isEqualTo(0.8);
        assertThat(t.get("B")).isEqualTo(ThresholdFit.NEVER);
        Map<String, Double> lenient = ThresholdFit.fit(List.of("A", "B"), truth, predicted, confidence, 0.8, 0.5);
        assertThat(lenient.get("A")).isEqualTo(0.6);
    }

    @Test
    void neverAnswersALabelWhoseMostConfidentGuessIsWrong() {
        Map<String, Double> t = ThresholdFit.fit(List.of("A"), new int[] {1}, new int[] {0}, new double[] {0.99},
                0.99, 0.5);
        assertThat(t.get("A")).isGreaterThan(1.0);
    }

    @Test
    void metricsCountCoverageAndCalibrationError() {
        Metrics m = Metrics.of(List.of("A", "B"), new int[] {0, 1, 1, 0}, new int[] {0, 1, 0, 0},
                new double[] {0.9, 0.8, 0.6, 0.95}, new boolean[] {true, true, false, true});
        assertThat(m.accuracy()).isEqualTo(0.75);
        assertThat(m.coverage()).isEqualTo(0.75);
        assertThat(m.answeredPrecision()).isEqualTo(1.0);
        assertThat(m.confusion()[1][0]).isEqualTo(1);
        assertThat(m.ece()).isGreaterThan(0);
    }
}
