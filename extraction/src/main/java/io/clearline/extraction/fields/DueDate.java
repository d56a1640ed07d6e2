package io.clearline.extraction.fields;

import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Payment terms in prose: "Zahlbar innerhalb 30 Tagen netto bis 04.04.2018", "payable by 12/31/2024". */
final class DueDate {

    private static final Pattern TERMS = Pattern.compile(
            "(?i)(zahlbar|payable|due|fällig|à payer|te betalen|remit|pay)[^\\n]{0,60}?\\b(bis|by|on|am|until|le|voor|before)\\s+(.{6,20})");

    private DueDate() {
    }

    static void fill(LaidOutText text, DocumentLocale locale, Map<String, ExtractedField<Object>> found) {
        if (found.containsKey("due_date")) {
            return;
        }
        for (Line line : text.lines()) {
            for (Phrase phrase : line.phrases()) {
                Matcher m = TERMS.matcher(phrase.text());
                if (m.find()) {
                    var date = Dates.find(m.group(3), locale.dayFirst());
                    if (date.isPresent()) {
                        found.put("due_date", Located.field("due_date", date.get(), 0.6, List.of(phrase), text));
                        return;
                    }
                }
            }
        }
    }
}
