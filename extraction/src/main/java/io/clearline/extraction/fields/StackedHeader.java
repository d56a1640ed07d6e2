package io.clearline.extraction.fields;

import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import io.clearline.extraction.layout.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Column headers printed over two or three lines ("Item" above "No.", "Unit" above "Price"): the
 * lines are stacked into one, each header cell holding the words that sit above one another.
 */
final class StackedHeader {

    private StackedHeader() {
    }

    /** Whether the next line is more of the same header: close below it, and words only (no figures). */
    static boolean continues(List<Line> stack, Line next) {
        Line last = stack.get(stack.size() - 1);
        return next.page() == last.page() && labelLike(next) && labelLike(stack.get(0))
                && next.top() - last.bottom() < last.height() * 0.9;
    }

    private static boolean labelLike(Line line) {
        return line.phrases().stream().allMatch(p -> p.text().length() <= 40)
                && line.text().chars().noneMatch(Character::isDigit);
    }

    /** One line whose phrases are the stacked cells, left to right; its index is the last line's. */
    static Line join(List<Line> stack) {
        List<List<Phrase>> cells = new ArrayList<>();
        for (Line line : stack) {
            for (Phrase phrase : line.phrases()) {
                List<List<Phrase>> touching = cells.stream().filter(c -> c.stream().anyMatch(p -> above(p, phrase)))
                        .toList();
                List<Phrase> cell = new ArrayList<>();
                touching.forEach(cell::addAll);
                cells.removeAll(touching);
                cell.add(phrase);
                cells.add(cell);
            }
        }
        List<Phrase> phrases = new ArrayList<>();
        for (List<Phrase> cell : cells) {
            List<Word> words = new ArrayList<>();
            cell.forEach(p -> words.addAll(p.words()));
            phrases.add(new Phrase(words));
        }
        phrases.sort(Comparator.comparingDouble(Phrase::x0));
        Line last = stack.get(stack.size() - 1);
        return new Line(last.page(), last.index(), phrases);
    }

    /** Two phrases of a header cell overlap horizontally (one centred above the other or aligned at an edge). */
    private static boolean above(Phrase a, Phrase b) {
        double overlap = a.overlap(b.x0(), b.x1());
        return overlap > 0.3 * Math.min(a.x1() - a.x0(), b.x1() - b.x0());
    }
}
