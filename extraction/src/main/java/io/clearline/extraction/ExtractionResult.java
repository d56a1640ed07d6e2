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
 * the line items, and whether it worked (with the reason when it did not). {@code origins} says
 * per header field which source it came from and carries a validation note when the visible text
 * and an embedded e-invoice XML disagree; a field without an entry came from the visible text.
 */
public record ExtractionResult(DocumentType documentType, Confidence typeConfidence,
                               Map<String, ExtractedField<Object>> fields,
                               List<Map<String, ExtractedField<Object>>> lines, ExtractionStatus status,
                               String reason, int pages, Map<String, FieldOrigin> origins) {

    public ExtractionResult {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        lines = List.copyOf(lines);
        origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins == null ? Map.of() : origins));
    }

    /** A result read from the visible text only. */
    public ExtractionResult(DocumentType documentType, Confidence typeConfidence,
                            Map<String, ExtractedField<Object>> fields,
                            List<Map<String, ExtractedField<Object>>> lines, ExtractionStatus status,
                            String reason, int pages) {
        this(documentType, typeConfidence, fields, lines, status, reason, pages, Map.of());
    }

    /** Where a field came from (the visible text unless said otherwise). */
    public FieldOrigin origin(String field) {
        return origins.getOrDefault(field, FieldOrigin.TEXT);
    }

    public static ExtractionResult failed(String reason) {
        return new ExtractionResult(DocumentType.OTHER, Confidence.NONE, Map.of(), List.of(),
                ExtractionStatus.FAILED, reason, 0);
    }

    public boolean extracted() {
        return status == ExtractionStatus.EXTRACTED;
    }
}
