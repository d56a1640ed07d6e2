package io.clearline.extraction.layout;

import io.clearline.core.document.BoundingBox;
import java.util.List;
import java.util.stream.Collectors;

/** The phrases on one text line of a page, left to right. */
public record Line(int page, int index, List<Phrase> phrases) {

    public Line {
        phrases = List.copyOf(phrases);
    }

    public String text() {
        return phrases.stream().map(Phrase::text).collect(Collectors.joining("  "));
    }

    public BoundingBox box() {
        BoundingBox box = phrases.get(0).box();
        for (Phrase p : phrases) {
            box = box.union(p.box());
        }
        return box;
    }

    public double top() {
        return box().y0();
    }

    public double bottom() {
        return box().y1();
    }

    public double height() {
        return phrases.stream().mapToDouble(Phrase::fontSize).max().orElse(10);
    }
}
