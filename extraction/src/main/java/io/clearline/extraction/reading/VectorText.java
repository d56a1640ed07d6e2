package io.clearline.extraction.reading;

import java.io.IOException;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Whether a page draws its text as outlined vector glyphs: no text layer, but many small filled
 * curve paths (what "convert text to outlines" or some report generators produce). Such a page
 * reads like a scan and is OCR'd; a page with a few lines and boxes (a blank form, a frame) is not.
 */
final class VectorText {

    /**
     * Curve segments on a page of outlined text run into the thousands, filled a glyph or a line at a
     * time; a logo or a frame has tens.
     */
    static final int MIN_CURVES = 400;
    static final int MIN_FILLS = 5;

    private static final Set<String> CURVES = Set.of("c", "v", "y");
    private static final Set<String> FILLS = Set.of("f", "F", "f*", "B", "B*", "b", "b*");
    /** Stops counting on huge pages: enough is enough, and a broken stream must not cost long. */
    private static final int MAX_TOKENS = 2_000_000;

    private VectorText() {
    }

    static boolean drawsOutlinedText(PDPage page) {
        try {
            Counts counts = new Counts();
            count(page, page.getResources(), counts, 0);
            return counts.curves >= MIN_CURVES && counts.fills >= MIN_FILLS;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static final class Counts {
        int curves;
        int fills;
        int tokens;
    }

    private static void count(PDContentStream stream, PDResources resources, Counts counts, int depth)
            throws IOException {
        if (depth > 2 || counts.tokens > MAX_TOKENS) {
            return;
        }
        PDFStreamParser parser = new PDFStreamParser(stream);
        for (Object token = parser.parseNextToken(); token != null && counts.tokens++ < MAX_TOKENS;
                token = parser.parseNextToken()) {
            if (token instanceof Operator op) {
                String name = op.getName();
                if (CURVES.contains(name)) {
                    counts.curves++;
                } else if (FILLS.contains(name)) {
                    counts.fills++;
                }
            }
        }
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                count(form, form.getResources() == null ? resources : form.getResources(), counts, depth + 1);
            }
        }
    }
}
