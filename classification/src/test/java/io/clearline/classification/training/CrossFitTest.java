package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.classification.features.Featurizer;
import io.clearline.classification.features.FeaturizerSpec;
import io.clearline.classification.model.Calibration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The temperature cross-fitted over template folds of the training partition (ADR 011). */
class CrossFitTest {

    static final DataSplits DATA = TinyData.splits(11, 600, 200, 200);
    static final CandidateTrainer SVM = CandidateTrainer.averagedLinearSvm(5, 1);
    static final ModelBuilder.Settings SETTINGS = new ModelBuilder.Settings(FeaturizerSpec.defaults(500, List.of()), 2,
            5000, 0.99, 0.5, List.of(SVM)).withCrossFitFolds(2);
    static ModelBuilder.Built built;

    @BeforeAll
    static void train() {
        built = ModelBuilder.build("tiny", "1.0", DATA, SETTINGS);
    }

    @Test
    void fitsTheTemperatureOnScoresOfModelsThatNeverSawTheTemplates() {
        CrossFit crossFit = built.crossFit();
        List<String> labels = built.chosen().classifier().labels();
        TemplateFolds folds = TemplateFolds.of(DATA.train(), 2, CrossFit.FOLD_SEED);
        Featurizer featurizer = new Featurizer(SETTINGS.featurizer());
        List<double[]> expected = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            TemplateFolds.Fold fold = folds.fold(DATA.train(), f);
            assertThat(crossFit.foldTrain()[f]).isEqualTo(fold.train().size());
            assertThat(crossFit.foldHeldOut()[f]).isEqualTo(fold.heldOut().size());
            TribuoClassifier model = TribuoClassifier.train(SVM, featurizer,
                    TribuoClassifier.vocabulary(featurizer, fold.train(), 2, 5000), fold.train(), "fold " + f);
            for (LabelledExample e : fold.heldOut()) {
                double[] raw = model.raw(e.text(), e.context());
                if (raw != null) {
                    double[] ordered = new double[labels.size()];
                    for (int k = 0; k < labels.size(); k++) {
                        ordered[k] = raw[model.labels().indexOf(labels.get(k))];
                    }
                    expected.add(ordered);
                }
            }
        }
        assertThat(crossFit.raw()).hasSize(expected.size()).isNotEmpty();
        for (int i = 0; i < expected.size(); i++) {
            assertThat(crossFit.raw().get(i)).containsExactly(expected.get(i), org.assertj.core.data.Offset.offset(1e-9));
        }
        double fitted = TemperatureFit.fit(Calibration.identity(false), expected, crossFit.truth()).temperature();
        assertThat(crossFit.calibration().temperature()).isCloseTo(fitted, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theShippedModelCarriesTheCrossFittedTemperatureAndCalibrationSplitThresholds() {
        assertThat(built.artifacts().calibration().temperature())
                .isEqualTo(built.crossFit().calibration().temperature());
        assertThat(built.artifacts().calibration().method()).isEqualTo(Calibration.TEMPERATURE);
        assertThat(built.calibrationFit().calibration().temperature())
                .isNotEqualTo(built.crossFit().calibration().temperature());
        assertThat(built.chosen().calibration()).isEqualTo(built.artifacts().calibration());
        assertThat(built.candidates()).containsExactly(built.chosen());
        // thresholds set on the calibration split under the cross-fitted temperature
        Calibration c = built.artifacts().calibration();
        List<String> labels = built.chosen().classifier().labels();
        List<double[]> calRaw = DATA.calibration().stream().map(e -> built.chosen().classifier().raw(e.text(), e.context()))
                .toList();
        double[][] p = Scoring.calibrated(c, calRaw, labels.size());
        int[] truth = Scoring.truth(labels, DATA.calibration().stream().map(LabelledExample::label).toList());
        int[] predicted = new int[truth.length];
        double[] confidence = new double[truth.length];
        for (int i = 0; i < truth.length; i++) {
            predicted[i] = Scoring.argmax(p[i]);
            confidence[i] = p[i][predicted[i]];
        }
        assertThat(built.artifacts().thresholds())
                .isEqualTo(ThresholdFit.fit(labels, truth, predicted, confidence, 0.99, 0.5));
        String card = ModelCard.write(built, SETTINGS, DATA, new PromotionGate.Decision(false, List.of("test")),
                Instant.EPOCH);
        assertThat(card).contains("temperature (cross-fitted over 2 template folds)")
                .contains(String.format("T = %.4f", built.crossFit().calibration().temperature()))
                .contains(String.format("the calibration split alone gave T = %.4f",
                        built.calibrationFit().calibration().temperature()));
    }

    @Test
    void refusesTextsThatNameNoTemplates() {
        List<LabelledExample> noFamilies = DATA.train().stream()
                .map(e -> new LabelledExample(e.text(), e.label(), e.context())).toList();
        DataSplits data = new DataSplits(noFamilies, DATA.calibration(), DATA.test(), "no families");
        assertThatThrownBy(() -> ModelBuilder.build("tiny", "1.0", data, SETTINGS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds out 0");
    }

    @Test
    void settingsRejectOneFoldAndTheIsotonicMap() {
        assertThatThrownBy(() -> SETTINGS.withCrossFitFolds(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModelBuilder.Settings(FeaturizerSpec.defaults(500, List.of()), 2, 5000, 0.99, 0.5,
                List.of(SVM), false, true, 0, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isotonic");
        assertThat(SETTINGS.withCrossFitFolds(0).crossFitFolds()).isZero();
    }
}
