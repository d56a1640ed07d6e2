package io.clearline.extraction.json;

import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.ExtractionResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extraction contract as JSON: {@code document_type}, {@code fields} (value, confidence, page,
 * box, source_text), {@code lines}, {@code status}, {@code reason}. Dates ISO-8601, amounts plain
 * decimals.
 */
public final class ExtractionJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ExtractionJson() {
    }

    public static String write(ExtractionResult result) {
        return JSON.writeValueAsString(tree(result));
    }

    /** An e-mail's own result plus the files its attachments were written to, each a document of its own. */
    public static String write(ExtractionResult result, List<String> attachmentFiles) {
        Map<String, Object> tree = tree(result);
        tree.put("attachments", attachmentFiles);
        return JSON.writeValueAsString(tree);
    }

    public static Map<String, Object> tree(ExtractionResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("document_type", result.documentType().name());
        Map<String, Object> fields = fields(result.fields());
        // where each header field came from; a note when the visible text and an embedded XML disagree
        fields.forEach((name, field) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) field;
            f.put("source", result.origin(name).source().name());
            if (result.origin(name).flagged()) {
                f.put("validation_note", result.origin(name).note());
            }
        });
        json.put("fields", fields);
        List<Object> lines = new ArrayList<>();
        result.lines().forEach(line -> lines.add(fields(line)));
        json.put("lines", lines);
        if (result.origins().containsKey("document_type")) {
            json.put("document_type_note", result.origin("document_type").note());
        }
        json.put("status", result.status().name());
        json.put("reason", result.reason());
        return json;
    }

    private static Map<String, Object> fields(Map<String, ExtractedField<Object>> fields) {
        Map<String, Object> json = new LinkedHashMap<>();
        fields.forEach((name, field) -> json.put(name, field(field)));
        return json;
    }

    private static Map<String, Object> field(ExtractedField<Object> field) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", value(field.value()));
        json.put("confidence", Math.round(field.confidence().value() * 1000) / 1000.0);
        json.put("page", field.provenance().page());
        json.put("box", field.provenance().box().map(b -> List.of(round(b.x0()), round(b.y0()), round(b.x1()),
                round(b.y1()))).orElse(null));
        json.put("source_text", field.provenance().sourceText());
        return json;
    }

    private static Object value(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof BigDecimal number) {
            return number;
        }
        return value;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
