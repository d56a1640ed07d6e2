package io.clearline.app.classification;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A correction of one answer: the text, what the classifier said, what it should have said. */
@Schema(description = "The right label for a text a classifier answered", example = """
        {"text": "carrier left pallets in the rain, cartons soaked", "predicted_label": "SHORTAGE",
         "correct_label": "DAMAGED", "model_version": "2026.11.23-1"}""")
record FeedbackToRecord(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text,
        @JsonProperty("predicted_label") String predictedLabel,
        @JsonProperty("correct_label") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "one of the classifier's labels") String correctLabel,
        @JsonProperty("model_version") String modelVersion) {
}
