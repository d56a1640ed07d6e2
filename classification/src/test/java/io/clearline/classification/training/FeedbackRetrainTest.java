package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.model.OnnxModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An analyst's correction of a phrase the model got wrong makes the next version get it right. */
class FeedbackRetrainTest {

    private static final String PHRASE = "carrier left pallets in the rain, cartons soaked";

    @Test
    void aRetrainWithFeedbackLearnsThePhraseItGotWrong() {
        DataSplits data = TinyData.splits(7, 400, 200, 200);
        ModelBuilder.Settings settings = ModelBuilderTest.settings(CandidateTrainer.standard(5, 1));

        String before = label(ModelBuilder.build("tiny", "1", data, settings));
        assertThat(before).as("the first version must get the phrase wrong for this test to mean anything")
                .isNotEqualTo("DAMAGED");

        List<LabelledExample> feedback = List.of(new LabelledExample(PHRASE, "DAMAGED", Map.of()),
                new LabelledExample("cartons soaked by rain on delivery", "DAMAGED", Map.of()));
        DataSplits withFeedback = Retrain.withCorrections(data, feedback, Retrain.CORRECTION_WEIGHT, "test");
        assertThat(label(ModelBuilder.build("tiny", "2", withFeedback, settings))).isEqualTo("DAMAGED");
    }

    private static String label(ModelBuilder.Built built) {
        try (OnnxModel onnx = new OnnxModel(built.artifacts())) {
            double[] p = onnx.score(List.of(PHRASE), List.of(Map.of())).get(0).probabilities();
            int best = 0;
            for (int i = 1; i < p.length; i++) {
                best = p[i] > p[best] ? i : best;
            }
            return built.artifacts().labels().get(best);
        }
    }
}
