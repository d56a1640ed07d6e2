package io.clearline.extraction.layout;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document's text as lines of phrases in reading order, page by page. {@code positional} is
 * false for text without real coordinates (e-mail bodies, plain text): boxes are then only a
 * grid of character columns and rows and are not reported as provenance.
 */
public record LaidOutText(List<Line> lines, int pages, boolean positional) {

    public LaidOutText {
        lines = List.copyOf(lines);
    }

    public String text() {
        return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public double medianFontSize() {
        double[] sizes = lines.stream().flatMap(l -> l.phrases().stream()).mapToDouble(Phrase::fontSize).sorted()
                .toArray();
        return sizes.length == 0 ? 10 : sizes[sizes.length / 2];
    }
}
