package io.clearline.extraction.layout;

import io.clearline.core.document.BoundingBox;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays plain text (an e-mail body, a text file) on a grid of character columns so the same
 * label–value and table reading works on it: two or more spaces or a tab separate phrases.
 */
public final class PlainTextLayout {

    private static final double CHAR = 6;
    private static final double ROW = 12;

    private PlainTextLayout() {
    }

    public static LaidOutText of(String text) {
        List<Line> lines = new ArrayList<>();
        String[] rows = text.replace("\r", "").replace("\t", "    ").split("\n");
        for (int r = 0; r < rows.length; r++) {
            List<Word> words = new ArrayList<>();
            String row = rows[r];
            int i = 0;
            while (i < row.length()) {
                if (Character.isWhitespace(row.charAt(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < row.length() && !Character.isWhitespace(row.charAt(end))) {
                    end++;
                }
                BoundingBox box = new BoundingBox(i * CHAR, r * ROW, end * CHAR, r * ROW + 10);
                words.add(new Word(row.substring(i, end), 1, box, 10, CHAR, false));
                i = end;
            }
            if (!words.isEmpty()) {
                lines.addAll(LineBuilder.lines(words, lines.size()));
            }
        }
        return new LaidOutText(lines, 1, false);
    }
}
