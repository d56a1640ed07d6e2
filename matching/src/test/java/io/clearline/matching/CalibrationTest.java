package io.clearline.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.matching.MatchPattern.AmountFit;
import io.clearline.matching.MatchPattern.PayerEvidence;
import io.clearline.matching.MatchPattern.ReferenceQuality;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private final MatchPattern exact = new MatchPattern(PayerEvidence.ACCOUNT, ReferenceQuality.EXACT, AmountFit.EXACT, 1);
    private final MatchPattern subset = new MatchPattern(PayerEvidence.NAME, ReferenceQuality.NONE, AmountFit.SUBSET, 5);

    @Test
    void fittedBinsReportTheMeasuredRateOnceThereIsEnoughData() {
        List<Map.Entry<MatchPattern, Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            outcomes.add(new SimpleEntry<>(exact, true));
            outcomes.add(new SimpleEntry<>(subset, i % 2 == 0));
        }
        Calibration c = Calibration.fit(outcomes);
        assertThat(c.confidence(exact).value()).isGreaterThan(0.998);
        assertThat(c.confidence(subset).value()).isBetween(0.49, 0.52);
    }

    @Test
    void aFewSamplesStayNearTheRulePriorAndTheTableRoundTrips() throws Exception {
        Calibration c = Calibration.fit(List.of(new SimpleEntry<>(subset, true)));
        assertThat(c.confidence(subset).value()).isLessThan(0.9);
        Calibration read = Calibration.parse(new java.io.BufferedReader(new java.io.StringReader(
                c.withAutoThreshold(0.97).toTsv())));
        assertThat(read.confidence(subset)).isEqualTo(c.confidence(subset));
        assertThat(read.autoThreshold()).contains(0.97);
        assertThat(Calibration.bundled().autoThreshold()).isPresent();
    }
}
