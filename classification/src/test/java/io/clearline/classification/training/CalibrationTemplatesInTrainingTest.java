package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.classification.features.FeaturizerSpec;
import io.clearline.classification.model.Calibration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Training texts that cover the calibration split's templates too (ADR 013): the calibration split can no longer
 * choose or threshold, so every candidate is cross-fitted over template folds and those scores do both.
 */
class CalibrationTemplatesInTrainingTest {

    static final DataSplits DATA = TinyData.splits(13, 600, 200, 200);
    static final ModelBuilder.Settings SETTINGS = new ModelBuilder.Settings(FeaturizerSpec.defaults(500, List.of()), 2,
            5000, 0.99, 0.5, List.of(CandidateTrainer.linearSvm(3, 1), CandidateTrainer.averagedLinearSvm(5, 1)))
            .withCrossFitFolds(2).withCalibrationTemplatesInTraining(true);
    static ModelBuilder.Built built;

    @BeforeAll
    static void train() {
        built = ModelBuilder.build("tiny", "1.0", DATA, SETTINGS);
    }

    @Test
    void everyCandidateIsCrossFittedAndTheBestOutOfFoldMacroF1IsChosen() {
        assertThat(built.outOfFold()).hasSameSizeAs(built.candidates()).hasSize(2);
        int chosen = built.candidates().indexOf(built.chosen());
        assertThat(chosen).isNotNegative();
        for (int i = 0; i < built.candidates().size(); i++) {
            assertThat(built.outOfFold().get(chosen).macroF1()).isGreaterThanOrEqualTo(built.outOfFold().get(i).macroF1());
        }
        // the chosen one's own cross-fit is the shipped calibration, and its out-of-fold figures are the table's
        assertThat(built.artifacts().calibration().temperature()).isEqualTo(built.crossFit().calibration().temperature());
        assertThat(built.outOfFold().get(chosen).macroF1())
                .isEqualTo(built.crossFit().outOfFold(built.crossFit().calibration()).macroF1());
    }

    @Test
    void thresholdsAreSetOnTheOutOfFoldScoresNotOnTheCalibrationSplit() {
        CrossFit crossFit = built.crossFit();
        Calibration c = built.artifacts().calibration();
        double[][] p = Scoring.calibrated(c, crossFit.raw(), crossFit.labels().size());
        int[] predicted = new int[p.length];
        double[] confidence = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            predicted[i] = Scoring.argmax(p[i]);
            confidence[i] = p[i][predicted[i]];
        }
        assertThat(built.artifacts().thresholds()).isEqualTo(
                ThresholdFit.fit(crossFit.labels(), crossFit.truth(), predicted, confidence, 0.99, 0.5));
        // what the calibration split would have given is kept for the card and differs
        assertThat(built.calibrationFit().calibration().temperature()).isNotEqualTo(c.temperature());
        String card = ModelCard.write(built, SETTINGS, DATA, new PromotionGate.Decision(false, List.of("test")),
                Instant.EPOCH);
        assertThat(card).contains("best out-of-fold macro F1").contains("precision on the out-of-fold scores")
                .contains("| out-of-fold macro F1 | out-of-fold ECE | cal macro F1 | cal ECE |");
    }

    @Test
    void aCandidateChosenBeforehandBySelectionRunIsKeptAndTheCardSaysSo() {
        for (String name : List.of("linear-svm", "linear-svm-averaged")) {
            ModelBuilder.Settings selected = SETTINGS.withSelectedCandidate(name);
            ModelBuilder.Built b = ModelBuilder.build("tiny", "1.0", DATA, selected);
            assertThat(b.chosen().trainer().name()).isEqualTo(name);
            assertThat(b.outOfFold()).hasSize(2);
            assertThat(b.artifacts().calibration().temperature()).isEqualTo(b.crossFit().calibration().temperature());
            assertThat(ModelCard.write(b, selected, DATA, new PromotionGate.Decision(false, List.of("test")),
                    Instant.EPOCH)).contains("Chosen model type: " + name + " (chosen beforehand by a selection run");
        }
        assertThatThrownBy(() -> SETTINGS.withSelectedCandidate("random-forest"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("random-forest");
    }

    @Test
    void needsTheCrossFit() {
        assertThatThrownBy(() -> SETTINGS.withCrossFitFolds(0).withCalibrationTemplatesInTraining(true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("crossFitFolds");
        assertThat(SETTINGS.withCrossFitFolds(0).calibrationTemplatesInTraining()).isFalse();
    }
}
