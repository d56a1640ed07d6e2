package io.clearline.classification;

import java.util.Map;

/**
 * One text to classify plus optional context (for order exceptions the validation rules that fired,
 * {@code rule_signals}; {@code customer_id} to map a label to the customer's own code).
 */
public record ClassificationRequest(String text, Map<String, String> context) {

    public ClassificationRequest {
        text = text == null ? "" : text;
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    public static ClassificationRequest of(String text) {
        return new ClassificationRequest(text, Map.of());
    }
}
