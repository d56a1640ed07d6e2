package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.classification.Classification;
import io.clearline.classification.ClassificationProperties;
import io.clearline.classification.ClassificationRequest;
import io.clearline.classification.Classifiers;
import io.clearline.classification.UnknownClassifierException;
import io.clearline.classification.model.ModelFiles;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service over a tiny model written to a folder, as the shipped ones are. */
class ClassifiersTest {

    @TempDir
    static Path models;

    @BeforeAll
    static void writeModel() {
        ModelBuilder.Built built = ModelBuilderTest.built != null ? ModelBuilderTest.built
                : ModelBuilder.build("tiny", "1.0", ModelBuilderTest.DATA,
                        ModelBuilderTest.settings(List.of(CandidateTrainer.logisticRegression(5, 1))));
        ModelFiles.write(models, built.artifacts(), "# tiny");
        ModelFiles.promote(models, "tiny", "1.0");
    }

    private static Classifiers service(Map<String, Double> thresholds, int maxBatch) {
        var settings = new ClassificationProperties.Classifier("tiny", "current", thresholds,
                Map.of("C-1", Map.of("DAMAGED", "DMG-01")));
        var properties = new ClassificationProperties(Map.of("reasons", settings), 3, 4, 10_000, maxBatch);
        return new Classifiers(properties, (name, version) -> ModelFiles.fromDirectory(models, name, version));
    }

    @Test
    void answersWithLabelConfidenceTopKModelAndFeatures() {
        try (Classifiers classifiers = service(Map.of("DAMAGED", 0.3), 10)) {
            Classification c = classifiers.classify("reasons",
                    new ClassificationRequest("INV 889911 paid less 120.00 - goods damaged and broken", Map.of("customer_id", "C-1")));
            assertThat(c.label()).isEqualTo("DAMAGED");
            assertThat(c.needsReview()).isFalse();
            assertThat(c.model()).isEqualTo(new Classification.ModelRef("tiny", "1.0"));
            assertThat(c.topK()).hasSize(3).first().extracting(Classification.ScoredLabel::label).isEqualTo("DAMAGED");
            assertThat(c.topK().stream().mapToDouble(Classification.ScoredLabel::confidence).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
            assertThat(c.topFeatures()).isNotEmpty().hasSizeLessThanOrEqualTo(4)
                    .allMatch(f -> f.weight() > 0).anyMatch(f -> f.feature().contains("dam") || f.feature().contains("bro"));
            assertThat(c.customerCode()).isEqualTo("DMG-01");
        }
    }

    @Test
    void belowTheThresholdTheAnswerIsNeedsReviewNotAGuess() {
        double confidence;
        try (Classifiers classifiers = service(Map.of(), 10)) {
            confidence = classifiers.classify("reasons", ClassificationRequest.of("goods damaged")).confidence().value();
        }
        // A threshold at the confidence answers; one just above it (1.000001 = "never automate") does not.
        try (Classifiers classifiers = service(Map.of("DAMAGED", confidence), 10)) {
            Classification c = classifiers.classify("reasons", ClassificationRequest.of("goods damaged"));
            assertThat(c.label()).isEqualTo("DAMAGED");
            assertThat(c.needsReview()).isFalse();
        }
        try (Classifiers classifiers = service(Map.of("DAMAGED", 1.000001), 10)) {
            Classification c = classifiers.classify("reasons", ClassificationRequest.of("goods damaged"));
            assertThat(c.label()).isEqualTo(Classification.NEEDS_REVIEW);
            assertThat(c.needsReview()).isTrue();
            assertThat(c.predictedLabel()).isEqualTo("DAMAGED");
            assertThat(c.confidence().value()).isEqualTo(confidence).isLessThan(c.threshold());
            assertThat(c.reviewReason()).contains("below the DAMAGED threshold");
        }
    }

    @Test
    void emptyOrUnknownTextNeedsReview() {
        try (Classifiers classifiers = service(Map.of(), 10)) {
            List<Classification> out = classifiers.classifyBatch("reasons",
                    java.util.Arrays.asList(ClassificationRequest.of(""), ClassificationRequest.of("§§§ ¤¤¤"),
                            ClassificationRequest.of(null), null));
            assertThat(out).hasSize(4);
            assertThat(out).allMatch(Classification::needsReview).allMatch(c -> c.label().equals(Classification.NEEDS_REVIEW));
            assertThat(out.get(0).reviewReason()).isEqualTo("empty text");
        }
    }

    @Test
    void batchesAnswerInOrderAndRespectTheLimit() {
        try (Classifiers classifiers = service(Map.of(), 3)) {
            List<Classification> out = classifiers.classifyBatch("reasons", List.of(
                    ClassificationRequest.of("freight charge billed in error"), ClassificationRequest.of("goods damaged")));
            assertThat(out).extracting(Classification::predictedLabel).containsExactly("FREIGHT", "DAMAGED");
            assertThatThrownBy(() -> classifiers.classifyBatch("reasons",
                    Collections.nCopies(4, ClassificationRequest.of("x")))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anUnknownClassifierIsAClearError() {
        try (Classifiers classifiers = service(Map.of(), 3)) {
            assertThatThrownBy(() -> classifiers.classify("nope", ClassificationRequest.of("x")))
                    .isInstanceOf(UnknownClassifierException.class).hasMessageContaining("reasons");
        }
    }
}
