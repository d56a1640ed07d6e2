package io.clearline.extraction.doctype;

import io.clearline.core.document.DocumentType;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The document's own title: a phrase of the largest size near the top of the first page, when it is
 * exactly a title ("Remittance Advice", "FACTURE"). It names the type, however often other titles'
 * words occur further down (a remittance advice lists invoices, under an "Invoice" column, on every row).
 */
final class TitleRow {

    /** A title is set well above the body text. */
    private static final double TITLE_SIZE = 1.3;
    /** Lines from the top of page 1 where a title is looked for. */
    private static final int TOP_LINES = 10;
    /** Phrases within this share of the largest size are set as large as it (OCR sizes vary a little). */
    private static final double SAME_SIZE = 0.92;

    private TitleRow() {
    }

    static Optional<DocumentType> of(LaidOutText text) {
        double median = text.medianFontSize();
        List<Phrase> top = new ArrayList<>();
        int seen = 0;
        for (Line line : text.lines()) {
            if (line.page() != 1 || seen++ >= TOP_LINES) {
                break;
            }
            top.addAll(line.phrases());
        }
        double largest = top.stream().mapToDouble(Phrase::fontSize).max().orElse(0);
        if (largest < median * TITLE_SIZE) {
            return Optional.empty();
        }
        // the sender's name is often set as large as the title, beside it: every phrase of the largest size counts
        List<Phrase> large = top.stream().filter(p -> p.fontSize() >= largest * SAME_SIZE).toList();
        DocumentType found = null;
        for (String candidate : candidates(large)) {
            String squashed = TitleWords.squash(TitleKeywordDetector.withoutStrayMark(candidate));
            for (Map.Entry<DocumentType, List<String>> e : TitleWords.TITLES.entrySet()) {
                if (squashed.length() > 3 && e.getValue().contains(squashed)) {
                    if (found != null && found != e.getKey()) {
                        return Optional.empty(); // two titles of different types decide nothing
                    }
                    found = e.getKey();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Each large phrase, and each two that continue one another: on a skewed scan a title's words can
     * fall on two lines a few pixels apart ("Payment" | "Notification").
     */
    private static List<String> candidates(List<Phrase> large) {
        List<String> texts = new ArrayList<>();
        for (Phrase p : large) {
            texts.add(p.text());
            for (Phrase q : large) {
                double gap = q.x0() - p.x1();
                if (q != p && gap >= 0 && gap < p.fontSize() * 2
                        && Math.abs(q.box().y0() - p.box().y0()) < p.fontSize() * 0.8) {
                    texts.add(p.text() + " " + q.text());
                }
            }
        }
        return texts;
    }
}
