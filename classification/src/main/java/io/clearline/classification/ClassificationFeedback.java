package io.clearline.classification;

/**
 * The payload of the {@code classification.feedback} action: the right label for a text a classifier
 * answered, as a person or the orchestrator says it. Stored in {@code classification.feedback} once the
 * gateway has let it through; {@code Retrain --feedback-db} trains on it.
 *
 * @param predictedLabel what the classifier said (may be null when unknown)
 * @param modelVersion   the version that said it (may be null when unknown)
 */
public record ClassificationFeedback(String classifier, String text, String predictedLabel, String correctLabel,
        String modelVersion, String givenBy) {

    public static final String KIND = "classification.feedback";
}
