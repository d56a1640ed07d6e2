package io.clearline.extraction.ocr;

import io.clearline.core.document.BoundingBox;
import io.clearline.core.document.ExtractedField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lowers a field's confidence by how sure OCR was of the words it was read from: the least sure
 * word under the field's box decides, since one misread digit makes the whole amount wrong.
 * Fields without a box (implied values) and fields from a text layer stay as they are.
 */
public final class OcrConfidence {

    /** Tesseract's confidence (0–100) from which a word counts as read right. */
    private static final double SURE = 92;
    private static final double FLOOR = 0.3;

    private OcrConfidence() {
    }

    public static Map<String, ExtractedField<Object>> apply(Map<String, ExtractedField<Object>> fields,
                                                            List<OcrWord> words) {
        if (words.isEmpty()) {
            return fields;
        }
        Map<String, ExtractedField<Object>> adjusted = new LinkedHashMap<>();
        fields.forEach((name, field) -> adjusted.put(name, adjust(field, words)));
        return adjusted;
    }

    public static List<Map<String, ExtractedField<Object>>> applyToLines(
            List<Map<String, ExtractedField<Object>>> lines, List<OcrWord> words) {
        if (words.isEmpty()) {
            return lines;
        }
        List<Map<String, ExtractedField<Object>>> adjusted = new ArrayList<>();
        lines.forEach(l -> adjusted.add(apply(l, words)));
        return adjusted;
    }

    static ExtractedField<Object> adjust(ExtractedField<Object> field, List<OcrWord> words) {
        Optional<BoundingBox> box = field.provenance().box();
        if (box.isEmpty()) {
            return field;
        }
        int page = field.provenance().page();
        double least = 100;
        boolean any = false;
        for (OcrWord w : words) {
            if (w.word().page() == page && inside(w.word().box(), box.get())) {
                least = Math.min(least, w.confidence());
                any = true;
            }
        }
        if (!any) {
            return field;
        }
        return field.withConfidence(field.confidence().scaled(factor(least)));
    }

    static double factor(double confidence) {
        return Math.max(FLOOR, Math.min(1.0, FLOOR + (1 - FLOOR) * confidence / SURE));
    }

    private static boolean inside(BoundingBox word, BoundingBox field) {
        double cx = (word.x0() + word.x1()) / 2;
        double cy = (word.y0() + word.y1()) / 2;
        return cx >= field.x0() && cx <= field.x1() && cy >= field.y0() && cy <= field.y1();
    }
}
