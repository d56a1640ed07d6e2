package io.clearline.extraction.fields;

import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.doctype.TitleWords;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A credit note prints its amounts negative ("-233,47 €") or positive depending on the issuer. As in
 * EN 16931, a credit note's amounts are reported positive: the document being a credit note says
 * which way the money goes, so the same credit reads the same however it was printed.
 */
final class CreditNote {

    private static final Set<String> TITLES = Set.of("creditnote", "avoir", "gutschrift", "creditmemo",
            "creditnota", "gutschriftsanzeige", "notadecredito", "notedecredit");
    private static final List<String> AMOUNTS = List.of("net_amount", "tax_amount", "total_amount");

    private CreditNote() {
    }

    static void unsign(LaidOutText text, Map<String, ExtractedField<Object>> fields,
                       List<Map<String, ExtractedField<Object>>> lines) {
        if (!isCreditNote(text) || Validation.amount(fields, "total_amount").map(t -> t.signum() >= 0).orElse(true)) {
            return;
        }
        negateNegative(fields, AMOUNTS);
        lines.forEach(line -> negateNegative(line, List.of("amount", "unit_price")));
    }

    private static void negateNegative(Map<String, ExtractedField<Object>> fields, List<String> names) {
        for (String name : names) {
            ExtractedField<Object> f = fields.get(name);
            if (f != null && f.value() instanceof BigDecimal v && v.signum() < 0) {
                fields.put(name, f.withValue(v.negate()));
            }
        }
    }

    /** A title near the top of the first page that starts with a credit-note word ("Avoir AV-2017-0005"). */
    static boolean isCreditNote(LaidOutText text) {
        int seen = 0;
        for (Line line : text.lines()) {
            if (line.page() != 1 || seen++ > 25) {
                break;
            }
            for (Phrase phrase : line.phrases()) {
                String[] words = phrase.text().strip().split("\\s+");
                String one = TitleWords.squash(words[0]);
                String two = words.length > 1 ? one + TitleWords.squash(words[1]) : one;
                if (TITLES.contains(one) || TITLES.contains(two)) {
                    return true;
                }
            }
        }
        return false;
    }
}
