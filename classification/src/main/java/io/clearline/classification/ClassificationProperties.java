package io.clearline.classification;

import io.clearline.classification.routing.RoutingSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * {@code clearline.classification.*}: which model version serves each classifier, threshold
 * overrides and customer taxonomies. Label sets come from the model versions; nothing here is an enum.
 *
 * <pre>
 * clearline.classification.classifiers.deduction-reason.version=2026.11.23-1200
 * clearline.classification.classifiers.deduction-reason.thresholds.PRICING=0.9
 * clearline.classification.classifiers.deduction-reason.customer-codes.C-1001.PRICING=PD-04
 * clearline.classification.routing.classifiers.deduction-reason.queues.PRICING=pricing
 * </pre>
 */
@Validated
@ConfigurationProperties("clearline.classification")
public record ClassificationProperties(@NotEmpty Map<String, @Valid Classifier> classifiers, @Min(1) @Max(20) int topK,
        @Min(0) @Max(50) int topFeatures, @Min(1) int maxTextChars, @Min(1) int maxBatchSize,
        @Valid RoutingSettings routing) {

    public static final String CUSTOMER_ID = "customer_id";

    /**
     * @param model         model name under {@code models/} (defaults to the classifier's name)
     * @param version       a version folder, or {@code current} for the promoted one
     * @param thresholds    per-label overrides of the shipped thresholds
     * @param customerCodes customer id → (label → the customer's own reason code)
     */
    public record Classifier(String model, @NotBlank String version, Map<String, Double> thresholds,
            Map<String, Map<String, String>> customerCodes) {

        public Classifier {
            version = version == null || version.isBlank() ? "current" : version;
            thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
            customerCodes = customerCodes == null ? Map.of() : Map.copyOf(customerCodes);
        }
    }

    @ConstructorBinding // the canonical one; the five-argument one below is for code built before routing
    public ClassificationProperties {
        classifiers = classifiers == null || classifiers.isEmpty() ? defaults() : Map.copyOf(classifiers);
        topK = topK == 0 ? 3 : topK;
        topFeatures = topFeatures == 0 ? 5 : topFeatures;
        maxTextChars = maxTextChars == 0 ? 100_000 : maxTextChars;
        maxBatchSize = maxBatchSize == 0 ? 1_000 : maxBatchSize;
        // routing (clearline.classification.routing.*, package routing): none configured → everything to triage
        routing = routing == null ? RoutingSettings.unconfigured() : routing;
    }

    /** Without routing settings: every answer goes to the triage queue. */
    public ClassificationProperties(Map<String, Classifier> classifiers, int topK, int topFeatures, int maxTextChars,
            int maxBatchSize) {
        this(classifiers, topK, topFeatures, maxTextChars, maxBatchSize, null);
    }

    /** The shipped classifiers at their promoted versions. */
    public static ClassificationProperties defaultsOnly() {
        return new ClassificationProperties(null, 0, 0, 0, 0, null);
    }

    private static Map<String, Classifier> defaults() {
        return Map.of("deduction-reason", new Classifier("deduction-reason", "current", null, null),
                "order-exception", new Classifier("order-exception", "current", null, null),
                "document-type", new Classifier("document-type", "current", null, null));
    }
}
