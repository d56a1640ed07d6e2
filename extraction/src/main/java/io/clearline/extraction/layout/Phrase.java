package io.clearline.extraction.layout;

import io.clearline.core.document.BoundingBox;
import java.util.List;
import java.util.stream.Collectors;

/** Words that sit close together on one line: a label, a value or a table cell. */
public record Phrase(List<Word> words) {

    public Phrase {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a phrase has at least one word");
        }
    }

    public String text() {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    public BoundingBox box() {
        BoundingBox box = words.get(0).box();
        for (Word w : words) {
            box = box.union(w.box());
        }
        return box;
    }

    public int page() {
        return words.get(0).page();
    }

    public double fontSize() {
        return words.stream().mapToDouble(Word::fontSize).max().orElse(0);
    }

    public double x0() {
        return box().x0();
    }

    public double x1() {
        return box().x1();
    }

    public double overlap(double from, double to) {
        return Math.max(0, Math.min(x1(), to) - Math.max(x0(), from));
    }
}
