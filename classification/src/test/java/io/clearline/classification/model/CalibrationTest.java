package io.clearline.classification.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CalibrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aVersionWrittenBeforeTheIsotonicMapLoadsAsTemperatureScaling() {
        Calibration old = JSON.readValue("""
                {"method" : "temperature", "temperature" : 0.66, "outputIsProbability" : false}""", Calibration.class);
        assertThat(old.topX()).isNull();
        double[] p = old.apply(new double[] {2.0, 1.0, -1.0});
        double[] expected = Calibration.softmax(new double[] {2.0, 1.0, -1.0}, 0.66);
        assertThat(p).containsExactly(expected, within(1e-15));
        // and a temperature-only calibration is still written without knots
        assertThat(JSON.writeValueAsString(old)).doesNotContain("topX");
    }

    @Test
    void theTopMapSetsTheTopProbabilityKeepsTheRankingAndSumsToOne() {
        Calibration c = Calibration.identity(true).withTopMap(new double[] {0.4, 0.9}, new double[] {0.3, 0.8});
        double[] p = c.apply(new double[] {0.65, 0.25, 0.10});
        assertThat(p[0]).isCloseTo(0.55, within(1e-12)); // halfway between the knots
        assertThat(p[1] / p[2]).isCloseTo(2.5, within(1e-9)); // the others keep their proportions
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-12));

        // a map that would pull the top below the runner-up stops where they meet
        double[] q = c.apply(new double[] {0.45, 0.44, 0.11});
        assertThat(q[0]).isGreaterThanOrEqualTo(q[1]);
        assertThat(Arrays.stream(q).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void theMapSurvivesTheModelFilesRoundTrip() {
        Calibration c = new Calibration(Calibration.TEMPERATURE, 0.7, false).withTopMap(new double[] {0.2, 0.5, 0.99},
                new double[] {0.25, 0.4, 0.97});
        Calibration back = JSON.readValue(JSON.writeValueAsBytes(c), Calibration.class);
        assertThat(back).isEqualTo(c);
        assertThat(back.method()).isEqualTo(Calibration.TEMPERATURE_ISOTONIC);
        assertThat(back.apply(new float[] {1f, 0f, -2f})).containsExactly(c.apply(new float[] {1f, 0f, -2f}), within(0.0));
    }

    @Test
    void refusesAMapThatIsNotIncreasing() {
        assertThatThrownBy(() -> Calibration.identity(false).withTopMap(new double[] {0.5, 0.4}, new double[] {0.1, 0.2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Calibration.identity(false).withTopMap(new double[] {0.4, 0.5}, new double[] {0.3, 0.2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Calibration("temperature", 1, false, new double[] {0.4}, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
