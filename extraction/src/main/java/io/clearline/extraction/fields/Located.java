package io.clearline.extraction.fields;

import io.clearline.core.Confidence;
import io.clearline.core.document.BoundingBox;
import io.clearline.core.document.ExtractedField;
import io.clearline.core.document.Provenance;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Phrase;
import java.util.List;
import java.util.stream.Collectors;

/** Builds fields with their provenance from the phrases a value was read from. */
final class Located {

    private Located() {
    }

    static ExtractedField<Object> field(String name, Object value, double confidence, List<Phrase> source,
                                        LaidOutText text) {
        BoundingBox box = source.get(0).box();
        for (Phrase p : source) {
            box = box.union(p.box());
        }
        String sourceText = source.stream().map(Phrase::text).collect(Collectors.joining("\n"));
        Provenance provenance = Provenance.of(source.get(0).page(), text.positional() ? box : null, sourceText);
        return new ExtractedField<>(name, value, Confidence.clamped(confidence), provenance);
    }

    /** A value the document does not print but implies (an empty discount cell is zero). */
    static ExtractedField<Object> implied(String name, Object value, double confidence, int page) {
        return new ExtractedField<>(name, value, Confidence.clamped(confidence), new Provenance(page, null, ""));
    }
}
