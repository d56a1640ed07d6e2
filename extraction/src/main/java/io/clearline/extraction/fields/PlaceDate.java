package io.clearline.extraction.fields;

import io.clearline.core.document.DocumentType;
import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters date themselves with the place they were written: "Paris, le 3 mars 2024", "Berlin,
 * 03.03.2024", "Madrid, 3 de marzo de 2024", "Milano, lì 3 marzo 2024". Read as the document's date
 * when no label gave one.
 */
final class PlaceDate {

    /** A place name (capitalised words, no digits), a comma, an optional "le / den / am / el / il / lì", the rest. */
    private static final Pattern PLACE_THEN_DATE = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.\\- ]{1,40},\\s*(?:(?:le|den|am|el|il|lì|li|de|on|the)\\s+)?(.{6,30})$");

    private static final Pattern CONNECTOR = Pattern.compile(",\\s*(?:le|den|am|el|il|lì|li|de|on|the)$");
    private static final double CONFIDENCE = 0.6;

    private PlaceDate() {
    }

    static void fill(DocumentType type, LaidOutText text, DocumentLocale locale,
                     Map<String, ExtractedField<Object>> found) {
        String field = switch (type) {
            case INVOICE -> "issue_date";
            case PURCHASE_ORDER -> "order_date";
            default -> null;
        };
        // a date whose label is fine print (a footer's print time stamp) gives way to the letter's own date
        if (field == null || found.containsKey(field) && found.get(field).confidence().value() >= CONFIDENCE) {
            return;
        }
        int seen = 0;
        for (Line line : text.lines()) {
            if (line.page() != 1 || seen++ > 30) {
                return;
            }
            for (int i = 0; i < line.phrases().size(); i++) {
                Phrase phrase = line.phrases().get(i);
                // "München, den" with the date in the next cell
                boolean open = phrase.text().strip().endsWith(",") || CONNECTOR.matcher(phrase.text().strip()).find();
                String written = open && i + 1 < line.phrases().size()
                        ? phrase.text().strip() + " " + line.phrases().get(i + 1).text().strip() : phrase.text().strip();
                Matcher m = PLACE_THEN_DATE.matcher(written);
                if (!m.matches()) {
                    continue;
                }
                String rest = m.group(1).strip();
                // the whole rest is the date: "Berlin, 03.03.2024", not "Berlin, Invoice 4711 of 03.03.2024"
                if (Dates.find(rest, locale.dayFirst()).isPresent() && onlyDate(rest)) {
                    found.put(field, Located.field(field, Dates.find(rest, locale.dayFirst()).get(), CONFIDENCE,
                            List.of(phrase), text));
                    return;
                }
            }
        }
    }

    /** Digits, separators, month names and "de" only. */
    private static boolean onlyDate(String text) {
        for (String word : text.split("[\\s\\d.,/\\-]+")) {
            if (!word.isEmpty() && !Dates.isMonth(word) && !word.matches("(?i)de|del|er|º|°")) {
                return false;
            }
        }
        return true;
    }
}
