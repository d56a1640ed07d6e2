package io.clearline.extraction;

import io.clearline.core.Confidence;
import io.clearline.core.document.DocumentType;
import io.clearline.core.document.ExtractedField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What extraction made of one document: its type, every field with confidence and provenance,
 * the line items, and whether it worked (with the reason when it did not).
 */
public record ExtractionResult(DocumentType documentType, Confidence typeConfidence,
                               Map<String, ExtractedField<Object>> fields,
                               List<Map<String, ExtractedField<Object>>> lines, ExtractionStatus status,
                               String reason, int pages) {

    public ExtractionResult {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        lines = List.copyOf(lines);
    }

    public static ExtractionResult failed(String reason) {
        return new ExtractionResult(DocumentType.OTHER, Confidence.NONE, Map.of(), List.of(),
                ExtractionStatus.FAILED, reason, 0);
    }

    public boolean extracted() {
        return status == ExtractionStatus.EXTRACTED;
    }
}
