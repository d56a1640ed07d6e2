package io.clearline.classification;

import io.clearline.classification.routing.Route;
import io.clearline.core.Confidence;
import java.util.List;

/**
 * The answer for one text. {@code label} is the model's label when its calibrated confidence clears
 * the label's threshold, else {@value #NEEDS_REVIEW}; {@code predictedLabel} is the model's best
 * guess either way, for the reviewer.
 *
 * @param customerCode the label in the customer's own taxonomy, when one is configured
 * @param reviewReason why it needs review (null when it does not)
 * @param route        which team queue works it and how urgent (routing configuration; null before routing)
 */
public record Classification(String classifier, String label, String predictedLabel, Confidence confidence,
        double threshold, boolean needsReview, String reviewReason, List<ScoredLabel> topK, ModelRef model,
        List<WeightedFeature> topFeatures, String customerCode, Route route) {

    public static final String NEEDS_REVIEW = "NEEDS_REVIEW";

    /** A label with its calibrated probability. */
    public record ScoredLabel(String label, double confidence) {
    }

    /** A feature of the text and how much it pushed towards the predicted label (weight × value). */
    public record WeightedFeature(String feature, double weight) {
    }

    /** Which model version answered. */
    public record ModelRef(String name, String version) {
    }

    public Classification {
        topK = List.copyOf(topK);
        topFeatures = List.copyOf(topFeatures);
    }

    /** An answer not routed yet. */
    public Classification(String classifier, String label, String predictedLabel, Confidence confidence,
            double threshold, boolean needsReview, String reviewReason, List<ScoredLabel> topK, ModelRef model,
            List<WeightedFeature> topFeatures, String customerCode) {
        this(classifier, label, predictedLabel, confidence, threshold, needsReview, reviewReason, topK, model,
                topFeatures, customerCode, null);
    }

    public Classification withRoute(Route route) {
        return new Classification(classifier, label, predictedLabel, confidence, threshold, needsReview, reviewReason,
                topK, model, topFeatures, customerCode, route);
    }
}
