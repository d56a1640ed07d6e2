package io.clearline.extraction.pipeline;

import io.clearline.core.DocumentId;
import io.clearline.extraction.ExtractionResult;
import java.util.Map;

/**
 * A step after the extractor that may improve its result with what was learned elsewhere (rules from
 * analysts' corrections). It must not throw for bad input: return the result unchanged instead.
 */
public interface ResultRefinement {

    Refined refine(DocumentId document, byte[] content, ExtractionResult result);

    /**
     * @param notes per field it supplied, how (e.g. which learned rule), kept with the result as {@code learned}
     */
    record Refined(ExtractionResult result, Map<String, Object> notes) {

        public Refined {
            notes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notes));
        }

        public static Refined unchanged(ExtractionResult result) {
            return new Refined(result, Map.of());
        }
    }
}
