package io.clearline.extraction.reading;

import io.clearline.extraction.layout.Line;
import java.util.List;

/**
 * Whether a PDF page's text layer is worth reading: enough letters and digits, and not mostly
 * replacement characters or private-use glyphs (fonts without a usable encoding), which is what a
 * broken text layer over a scan looks like.
 */
final class TextLayer {

    private TextLayer() {
    }

    static boolean suffices(List<Line> lines, int minChars) {
        int letters = 0;
        int garbage = 0;
        for (Line line : lines) {
            String text = line.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    letters++;
                } else if (c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE
                        || Character.isISOControl(c)) {
                    garbage++;
                }
            }
        }
        return letters >= minChars && garbage * 3 < letters + garbage;
    }
}
