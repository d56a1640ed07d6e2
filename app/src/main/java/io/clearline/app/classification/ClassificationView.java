package io.clearline.app.classification;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.clearline.classification.Classification;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One answer as the API shows it (snake_case keys, the orchestrator's convention). */
@Schema(description = "The answer for one text", example = """
        {"classifier": "deduction-reason", "label": "DAMAGED", "predicted_label": "DAMAGED",
         "confidence": 0.9963, "needs_review": false, "review_reason": null, "threshold": 0.5,
         "top_k": [{"label": "DAMAGED", "confidence": 0.9963}, {"label": "SHORTAGE", "confidence": 0.0030},
                   {"label": "RETURNS", "confidence": 0.0003}],
         "model": {"name": "deduction-reason", "version": "2026.11.23-1"},
         "top_features": [{"feature": "c:age", "weight": 0.312}, {"feature": "c:dama", "weight": 0.204}],
         "customer_code": null,
         "route": {"queue": "claims", "urgency": "HIGH",
                   "why": "DAMAGED → claims; urgency HIGH by rule 'large amount' (12500.00 EUR ≥ 10000.00 EUR)"}}""")
public record ClassificationView(
        String classifier,
        @Schema(description = "the answer: the model's label when its confidence clears the label's threshold, else NEEDS_REVIEW")
        String label,
        @JsonProperty("predicted_label") @Schema(description = "the model's best guess, always set") String predictedLabel,
        @Schema(description = "calibrated probability of predicted_label") double confidence,
        @JsonProperty("needs_review") boolean needsReview,
        @JsonProperty("review_reason") @Schema(description = "why it needs review; null when it does not") String reviewReason,
        @Schema(description = "the threshold applied to predicted_label") double threshold,
        @JsonProperty("top_k") List<ScoredLabel> topK,
        Model model,
        @JsonProperty("top_features") @Schema(description = "the text's features that pushed most towards the label")
        List<WeightedFeature> topFeatures,
        @JsonProperty("customer_code") @Schema(description = "the label in the customer's own taxonomy, when configured")
        String customerCode,
        @Schema(description = "which team queue works it and how urgent (clearline.classification.routing); NEEDS_REVIEW"
                + " answers go to the triage queue")
        Route route) {

    public record ScoredLabel(String label, double confidence) {
    }

    public record WeightedFeature(String feature, double weight) {
    }

    /** The model version that answered. */
    public record Model(String name, String version) {
    }

    /** Where the answer goes, from the routing configuration and the request's context. */
    public record Route(@Schema(example = "claims") String queue,
            @Schema(allowableValues = {"LOW", "NORMAL", "HIGH", "URGENT"}, example = "HIGH") String urgency,
            @Schema(description = "the label, the queue and the rule that set the urgency, in words") String why) {

        static Route of(io.clearline.classification.routing.Route r) {
            return r == null ? null : new Route(r.queue(), r.urgency().name(), r.why());
        }
    }

    static ClassificationView of(Classification c) {
        return new ClassificationView(c.classifier(), c.label(), c.predictedLabel(), c.confidence().value(),
                c.needsReview(), c.reviewReason(), c.threshold(),
                c.topK().stream().map(s -> new ScoredLabel(s.label(), s.confidence())).toList(),
                new Model(c.model().name(), c.model().version()),
                c.topFeatures().stream().map(f -> new WeightedFeature(f.feature(), f.weight())).toList(),
                c.customerCode(), Route.of(c.route()));
    }
}
