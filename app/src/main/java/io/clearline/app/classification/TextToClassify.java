package io.clearline.app.classification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** One text to classify, with optional context the models use ({@code rule_signals}, {@code customer_id}). */
@Schema(description = "One text to classify", example = """
        {"text": "INV 4711 short paid 120.00 - damaged goods on delivery", "context": {"customer_id": "C-1001"}}""")
public record TextToClassify(
        @Schema(description = "the text: a deduction memo, an order line note, a document's text; not blank, at most"
                + " clearline.classification.max-text-chars characters (100,000 by default)",
                requiredMode = Schema.RequiredMode.REQUIRED,
                example = "INV 4711 short paid 120.00 - damaged goods on delivery") String text,
        @Schema(description = "optional context: customer_id (maps the label to the customer's own code),"
                + " rule_signals (order-exception: the validation rules that fired, comma separated)",
                example = "{\"customer_id\": \"C-1001\", \"rule_signals\": \"PRICE_DELTA\"}") Map<String, String> context) {
}
