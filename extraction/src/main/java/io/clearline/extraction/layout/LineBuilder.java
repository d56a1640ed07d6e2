package io.clearline.extraction.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's words into lines (by baseline) and each line into phrases: words further apart
 * than about one and a half spaces start a new phrase, which is how columns and label–value gaps
 * show in text PDFs.
 */
public final class LineBuilder {

    private LineBuilder() {
    }

    public static List<Line> lines(List<Word> pageWords, int firstIndex) {
        List<Word> words = new ArrayList<>(pageWords);
        words.sort(Comparator.comparingDouble((Word w) -> w.box().y1()).thenComparingDouble(w -> w.box().x0()));
        List<List<Word>> rows = new ArrayList<>();
        List<Word> row = new ArrayList<>();
        double baseline = Double.NaN;
        for (Word w : words) {
            double tolerance = Math.max(1.5, w.fontSize() * 0.3);
            if (!row.isEmpty() && Math.abs(w.box().y1() - baseline) > tolerance) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                baseline = w.box().y1();
            }
            row.add(w);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Word> r : rows) {
            r.sort(Comparator.comparingDouble(w -> w.box().x0()));
            lines.add(new Line(r.get(0).page(), firstIndex + lines.size(), phrases(r)));
        }
        return lines;
    }

    /**
     * Some PDFs position a capital apart from the rest of its word ("F actuurnummer"); a gap far
     * narrower than a space is no word break.
     */
    private static List<Word> joinKerned(List<Word> row) {
        List<Word> joined = new ArrayList<>();
        for (Word w : row) {
            Word last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && w.box().x0() - last.box().x1() < last.fontSize() * 0.1
                    && w.box().x0() - last.box().x1() > -last.fontSize() * 0.3) {
                joined.set(joined.size() - 1, new Word(last.text() + w.text(), last.page(), last.box().union(w.box()),
                        Math.max(last.fontSize(), w.fontSize()), last.spaceWidth(), last.bold()));
            } else {
                joined.add(w);
            }
        }
        return joined;
    }

    private static List<Phrase> phrases(List<Word> input) {
        List<Word> row = joinKerned(input);
        List<Phrase> phrases = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        Word previous = null;
        for (Word w : row) {
            if (previous != null) {
                double gap = w.box().x0() - previous.box().x1();
                double space = Math.max(previous.spaceWidth(), previous.fontSize() * 0.2);
                if (gap > space * 1.5 + 0.5) {
                    phrases.add(new Phrase(current));
                    current = new ArrayList<>();
                }
            }
            current.add(w);
            previous = w;
        }
        phrases.add(new Phrase(current));
        return phrases;
    }
}
