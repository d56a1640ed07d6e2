package io.clearline.extraction.doctype;

import io.clearline.core.Confidence;
import io.clearline.core.document.DocumentType;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores each type by its title words: a phrase that is exactly a title counts most, more when
 * large and near the top of the first page; a title word inside a longer phrase ("Invoice No.")
 * counts a little.
 */
public final class TitleKeywordDetector implements DocumentTypeDetector {

    /** "Invoice No. 123", "FACTURE N°", "Handelsrechnung Nr. 471102 vom ...": the first word is (or ends in) a title. */
    private static boolean startsWithTitle(String text, String title) {
        String[] words = text.strip().split("\\s+");
        String first = TitleWords.squash(words[0]);
        String two = words.length > 1 ? first + TitleWords.squash(words[1]) : first;
        return first.equals(title) || two.equals(title) || first.length() > title.length() && first.endsWith(title);
    }

    /** Phrases on one line from which the line is a row of table cells rather than a title line. */
    private static final int TABLE_HEADER_CELLS = 4;

    /**
     * The phrase without a lone character at either end: on scans a speck beside a title is read
     * as a letter ("Advice of Payment Ä"), and no title word is one letter long.
     */
    static String withoutStrayMark(String text) {
        String[] words = text.strip().split("\\s+");
        int from = 0;
        int to = words.length;
        // letter-spaced titles ("I N V O I C E") are single letters throughout and stay whole
        if (to - from > 1 && words[from].length() == 1 && words[from + 1].length() > 1) {
            from++;
        }
        if (to - from > 1 && words[to - 1].length() == 1 && words[to - 2].length() > 1) {
            to--;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    }

    @Override
    public TypeDecision detect(LaidOutText text) {
        Map<DocumentType, Double> scores = new EnumMap<>(DocumentType.class);
        double median = text.medianFontSize();
        int lineNo = 0;
        for (Line line : text.lines()) {
            lineNo++;
            for (Phrase phrase : line.phrases()) {
                String squashed = TitleWords.squash(withoutStrayMark(phrase.text()));
                if (squashed.isEmpty()) {
                    continue;
                }
                double size = Math.max(0.5, phrase.fontSize() / median);
                double place = line.page() == 1 && lineNo <= 12 ? 2.0 : line.page() == 1 ? 1.0 : 0.5;
                if (phrase.text().strip().endsWith(":")) {
                    place *= 0.5; // a label such as "Purchase Order:" on an invoice, not a title
                }
                if (line.phrases().size() >= TABLE_HEADER_CELLS) {
                    place *= 0.5; // one cell of a row of column headers ("Invoice | Date | Gross | Paid"), not a title
                }
                for (var entry : TitleWords.TITLES.entrySet()) {
                    for (String title : entry.getValue()) {
                        double weight = 0;
                        if (squashed.equals(title)) {
                            weight = 3 * size * size * place * (title.length() <= 3 ? 0.5 : 1);
                        } else if (title.length() >= 5 && startsWithTitle(phrase.text(), title)) {
                            weight = 1.5 * size * size * place;
                        } else if (title.length() >= 6 && squashed.contains(title)) {
                            weight = 0.3 * place;
                        }
                        if (weight > 0) {
                            scores.merge(entry.getKey(), weight, Double::sum);
                        }
                    }
                }
            }
        }
        List<Map.Entry<DocumentType, Double>> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<DocumentType, Double>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < 1.0) {
            return new TypeDecision(DocumentType.OTHER, Confidence.of(0.5));
        }
        double best = ranked.get(0).getValue();
        double second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        Optional<DocumentType> titled = TitleRow.of(text);
        if (titled.isPresent() && titled.get() != ranked.get(0).getKey()) {
            // the title says otherwise than the words counted over the page: the title decides, less surely
            double own = scores.getOrDefault(titled.get(), 0.0);
            return new TypeDecision(titled.get(), Confidence.clamped(Math.max(0.55, own / (best + own + 1.0))));
        }
        return new TypeDecision(ranked.get(0).getKey(), Confidence.clamped(best / (best + second + 1.0)));
    }
}
