package io.clearline.extraction.doctype;

import io.clearline.core.document.DocumentType;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import java.util.Map;
import java.util.Optional;

/**
 * The document's own title: the largest phrase near the top of the first page, when it is exactly a
 * title ("Remittance Advice", "FACTURE"). It names the type, however often other titles' words occur
 * further down (a remittance advice lists invoices, under an "Invoice" column, on every row).
 */
final class TitleRow {

    /** A title is set well above the body text. */
    private static final double TITLE_SIZE = 1.3;
    /** Lines from the top of page 1 where a title is looked for. */
    private static final int TOP_LINES = 10;

    private TitleRow() {
    }

    static Optional<DocumentType> of(LaidOutText text) {
        double median = text.medianFontSize();
        Phrase largest = null;
        int seen = 0;
        for (Line line : text.lines()) {
            if (line.page() != 1 || seen++ >= TOP_LINES) {
                break;
            }
            for (Phrase p : line.phrases()) {
                if (largest == null || p.fontSize() > largest.fontSize()) {
                    largest = p;
                }
            }
        }
        if (largest == null || largest.fontSize() < median * TITLE_SIZE) {
            return Optional.empty();
        }
        String squashed = TitleWords.squash(TitleKeywordDetector.withoutStrayMark(largest.text()));
        DocumentType found = null;
        for (Map.Entry<DocumentType, java.util.List<String>> e : TitleWords.TITLES.entrySet()) {
            if (e.getValue().contains(squashed) && squashed.length() > 3) {
                if (found != null && found != e.getKey()) {
                    return Optional.empty(); // a word two types share decides nothing
                }
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }
}
