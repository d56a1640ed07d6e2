package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.features.FeaturizerSpec;
import io.clearline.classification.model.OnnxModel;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trains tiny models (a few seconds) and checks what the shipped ones promise. */
class ModelBuilderTest {

    static final DataSplits DATA = TinyData.splits(7, 400, 200, 200);
    static ModelBuilder.Built built;

    static ModelBuilder.Settings settings(List<CandidateTrainer> candidates) {
        return new ModelBuilder.Settings(FeaturizerSpec.defaults(500, List.of()), 2, 5000, 0.99, 0.5, candidates);
    }

    @BeforeAll
    static void train() {
        built = ModelBuilder.build("tiny", "1.0", DATA, settings(CandidateTrainer.standard(5, 1)));
    }

    @Test
    void reachesASaneAccuracyOnPhrasingsItNeverSaw() {
        assertThat(built.chosen().test().accuracy()).isGreaterThan(0.85);
        assertThat(built.chosen().test().macroF1()).isGreaterThan(0.85);
        assertThat(built.candidates()).extracting(c -> c.trainer().name())
                .containsExactly("logistic-regression", "linear-svm");
    }

    @Test
    void choosesTheCandidateWithTheBestCalibrationSplitScore() {
        double best = built.candidates().stream().mapToDouble(c -> c.calibrationSplit().macroF1()).max().orElseThrow();
        assertThat(built.chosen().calibrationSplit().macroF1()).isEqualTo(best);
    }

    @Test
    void temperatureScalingReducesCalibrationErrorOnHeldOutData() {
        // The SVM's hinge scores through a plain softmax are far from probabilities; T fitted on the
        // calibration split must bring the test split's ECE down.
        TrainedCandidate svm = built.candidates().stream().filter(c -> c.trainer().name().equals("linear-svm"))
                .findFirst().orElseThrow();
        assertThat(svm.calibration().temperature()).isNotEqualTo(1.0);
        assertThat(svm.test().ece()).isLessThan(svm.uncalibratedTest().ece());
    }

    @Test
    void onnxRuntimeAgreesWithTribuo() {
        try (OnnxModel onnx = new OnnxModel(built.artifacts())) {
            // new versions ship the sparse graph (ADR 008)
            assertThat(onnx.sparse()).isTrue();
            Parity.Result parity = Parity.check(built.chosen().classifier(), onnx, DATA.test());
            assertThat(parity.items()).isEqualTo(DATA.test().size());
            assertThat(parity.agreement()).isEqualTo(1.0);
            assertThat(parity.maxDifference()).isLessThanOrEqualTo(Parity.TOLERANCE);
        }
    }

    @Test
    void shipsTheLabelOrderAndFeatureMapOfTheTribuoModel() {
        assertThat(built.artifacts().labels()).isEqualTo(built.chosen().classifier().labels());
        assertThat(built.artifacts().features()).isEqualTo(built.chosen().classifier().features());
        assertThat(built.artifacts().thresholds()).containsOnlyKeys(built.artifacts().labels());
    }

    @Test
    void aSerialisedTribuoModelScoresLikeTheOriginal() {
        TribuoClassifier original = built.chosen().classifier();
        TribuoClassifier copy = TribuoClassifier.deserialize(original.serialize(), built.artifacts().featurizer());
        LabelledExample e = DATA.test().get(0);
        assertThat(copy.raw(e.text(), e.context())).containsExactly(original.raw(e.text(), e.context()));
    }

    @Test
    void explanationWeightsReadFromTheOnnxGraphAreTribuosWeights() {
        var model = (org.tribuo.common.sgd.AbstractLinearSGDModel<?>) built.chosen().classifier().model();
        var tribuo = model.getWeightsCopy(); // [labels, features + bias]
        var onnx = io.clearline.classification.model.LinearWeights.fromOnnx(built.artifacts().onnx(),
                built.artifacts().features().size(), built.artifacts().labels().size());
        assertThat(onnx).isNotNull();
        for (int label = 0; label < onnx.labels(); label++) {
            for (int feature = 0; feature < onnx.features(); feature += 7) {
                assertThat((double) onnx.weight(feature, label))
                        .isCloseTo(tribuo.get(label, feature), org.assertj.core.data.Offset.offset(1e-5));
            }
        }
    }
}
