package io.clearline.app.classification;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Several texts for one classifier, answered in the order sent. */
@Schema(description = "Texts to classify in one call (at most clearline.classification.max-batch-size, 1,000 by default)",
        example = """
        {"items": [{"text": "short paid 120.00 damaged goods"}, {"text": "price difference vs contract", "context": {"customer_id": "C-1001"}}]}""")
public record BatchToClassify(
        @ArraySchema(schema = @Schema(implementation = TextToClassify.class), minItems = 1) List<TextToClassify> items) {
}
