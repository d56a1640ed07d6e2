package io.clearline.extraction.fields;

import io.clearline.core.document.DocumentType;
import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.doctype.TitleWords;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents often put their number and date into the title line: "Invoice No. 4711 of 05.03.2018",
 * "Handelsrechnung Nr. 471102 vom 05.03.2018". Read when no label gave them.
 */
final class TitleLine {

    private static final Pattern NUMBER = Pattern.compile(
            "(?i)(?:\\bnr|\\bno|\\bnumber|nummer|n°|#)\\.?\\s*[:.]?\\s*([A-Za-z0-9][A-Za-z0-9\\-/_.]*\\d[A-Za-z0-9\\-/_]*)");

    /** "Avoir AV-2017-0005", "Invoice INV-88": a title followed by nothing but the number. */
    private static final Pattern BARE = Pattern.compile(
            "^\\s*(\\p{L}[\\p{L} ]*?)\\s+([A-Za-z0-9][A-Za-z0-9\\-/_.]*\\d[A-Za-z0-9\\-/_]*)\\s*$");

    private TitleLine() {
    }

    static void fill(DocumentType type, LaidOutText text, DocumentLocale locale,
                      Map<String, ExtractedField<Object>> found) {
        String numberField = type == DocumentType.INVOICE ? "invoice_number"
                : type == DocumentType.PURCHASE_ORDER ? "po_number" : null;
        String dateField = type == DocumentType.INVOICE ? "issue_date"
                : type == DocumentType.PURCHASE_ORDER ? "order_date" : null;
        if (numberField == null) {
            return;
        }
        int seen = 0;
        for (Line line : text.lines()) {
            if (line.page() != 1 || seen++ > 20) {
                break;
            }
            for (Phrase phrase : line.phrases()) {
                if (!TitleWords.mentions(type, phrase.text())) {
                    continue;
                }
                Matcher m = NUMBER.matcher(phrase.text());
                Matcher bare = BARE.matcher(phrase.text());
                if (!found.containsKey(numberField) && m.find()) {
                    found.put(numberField, Located.field(numberField, m.group(1).replaceAll("[.]$", ""), 0.65,
                            List.of(phrase), text));
                } else if (!found.containsKey(numberField) && bare.matches() && TitleWords.isTitle(bare.group(1))) {
                    found.put(numberField, Located.field(numberField, bare.group(2), 0.6, List.of(phrase), text));
                }
                if (!found.containsKey(dateField)) {
                    Dates.find(phrase.text(), locale.dayFirst()).ifPresent(d -> found.put(dateField,
                            Located.field(dateField, d, 0.6, List.of(phrase), text)));
                }
            }
        }
    }
}
