package io.clearline.trainingdata.documents;

import io.clearline.core.document.DocumentType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generated document says, in the field names of the extraction JSON contract. Values are
 * canonical: ISO dates and plain decimals as strings, booleans, lists of strings; a field the
 * document does not carry is absent.
 */
public record GroundTruth(String id, DocumentType documentType, String layoutId, boolean holdout,
                          Map<String, Object> fields, List<Map<String, Object>> lines) {

    public GroundTruth {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        lines = List.copyOf(lines);
    }
}
