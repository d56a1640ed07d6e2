package io.clearline.eval.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.matching.Calibration;
import io.clearline.matching.MatchSettings;
import io.clearline.trainingdata.cash.CashWorldGenerator;
import io.clearline.trainingdata.cash.CashWorldSpec;
import org.junit.jupiter.api.Test;

class LearningDemoTest {

    @Test
    void theSecondBatchIsMoreTouchlessAfterAnAnalystConfirmedTheFirst() {
        var world = CashWorldGenerator.generate(CashWorldSpec.small(5).withPayments(800).withKnownAccountShare(0.0).withHeavyNameShare(1.0));
        LearningDemo.Result r = LearningDemo.run(world, Calibration.bundled(), MatchSettings.defaults());
        assertThat(r.corrections()).isPositive();
        assertThat(r.secondWithLearning()).isGreaterThan(r.secondWithoutLearning());
    }

    @Test
    void theMatcherBeatsTheErpBaselineOnPrecisionOnASmallWorld() {
        var world = CashWorldGenerator.generate(CashWorldSpec.small(9).withPayments(500));
        Scorecard matcher = new Scorecard(Runs.run(world, Calibration.bundled(), MatchSettings.defaults()));
        Scorecard baseline = new Scorecard(Runs.baseline(world));
        assertThat(matcher.autoPrecision()).isGreaterThan(baseline.autoPrecision());
        assertThat(matcher.payerAccuracy()).isGreaterThan(0.9);
    }
}
