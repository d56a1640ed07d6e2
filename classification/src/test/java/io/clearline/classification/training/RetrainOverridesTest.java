package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retrain command's overrides of the recipes, each applied after the ones it depends on. */
class RetrainOverridesTest {

    static final Map<String, ModelBuilder.Settings> RECIPES = Recipes.standard(8, 1);

    @Test
    void withoutOverridesTheRecipesStandAsTheyAre() {
        assertThat(Retrain.overridden(RECIPES, Map.of())).isEqualTo(RECIPES);
    }

    @Test
    void foldsThenTheCalibrationTemplatesSwitchThenTheSelectedCandidate() {
        Map<String, ModelBuilder.Settings> out = Retrain.overridden(RECIPES, Map.of("cross-fit-folds", "2",
                "calibration-templates-in-training", "true", "selected-candidate", "linear-svm", "max-features", "1234"));
        out.values().forEach(s -> {
            assertThat(s.crossFitFolds()).isEqualTo(2);
            assertThat(s.calibrationTemplatesInTraining()).isTrue();
            assertThat(s.selectedCandidate()).isEqualTo("linear-svm");
            assertThat(s.maxFeatures()).isEqualTo(1234);
        });
        // a recipe without folds cannot take the switch, so it keeps no selected candidate either
        Map<String, ModelBuilder.Settings> noFolds = Retrain.overridden(RECIPES, Map.of(
                "calibration-templates-in-training", "true", "selected-candidate", "linear-svm"));
        assertThat(noFolds.get(Recipes.ORDER_EXCEPTION)).isEqualTo(RECIPES.get(Recipes.ORDER_EXCEPTION));
        assertThat(noFolds.get(Recipes.DEDUCTION_REASON).selectedCandidate()).isEqualTo("linear-svm");
        assertThat(Retrain.overridden(RECIPES, Map.of("selected-candidate", "none")).get(Recipes.DEDUCTION_REASON)
                .selectedCandidate()).isNull();
    }

    @Test
    void theFeaturizerRangesCanBeChanged() {
        ModelBuilder.Settings s = Retrain.overridden(RECIPES, Map.of("word-ngram-max", "3", "char-ngrams", "2,6"))
                .get(Recipes.DEDUCTION_REASON);
        assertThat(s.featurizer().wordNgramMax()).isEqualTo(3);
        assertThat(s.featurizer().charNgramMin()).isEqualTo(2);
        assertThat(s.featurizer().charNgramMax()).isEqualTo(6);
        assertThat(s.featurizer().maxChars()).isEqualTo(RECIPES.get(Recipes.DEDUCTION_REASON).featurizer().maxChars());
    }
}
