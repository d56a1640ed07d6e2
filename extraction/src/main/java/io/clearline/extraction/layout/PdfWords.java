package io.clearline.extraction.layout;

import io.clearline.core.document.BoundingBox;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects every word of a PDF with its box, page by page, through PDFBox's text stripper. */
public final class PdfWords extends PDFTextStripper {

    private final List<Word> words = new ArrayList<>();
    private int page;

    private PdfWords() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** All pages' words as lines; {@code maxPages} caps the work on huge files. */
    public static LaidOutText read(PDDocument document) throws IOException {
        PdfWords stripper = new PdfWords();
        stripper.getText(document);
        List<Line> lines = new ArrayList<>();
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            int current = p;
            List<Word> pageWords = stripper.words.stream().filter(w -> w.page() == current).toList();
            lines.addAll(LineBuilder.lines(pageWords, lines.size()));
        }
        return new LaidOutText(lines, document.getNumberOfPages(), true);
    }

    @Override
    protected void startPage(PDPage pdPage) throws IOException {
        page++;
        super.startPage(pdPage);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        List<TextPosition> word = new ArrayList<>();
        for (TextPosition position : positions) {
            if (isSpace(position.getUnicode())) {
                flush(word);
                word = new ArrayList<>();
            } else {
                word.add(position);
            }
        }
        flush(word);
    }

    /** Blank, including no-break and other Unicode spaces, which String.isBlank does not count. */
    private static boolean isSpace(String unicode) {
        return unicode == null || unicode.codePoints().allMatch(c -> Character.isWhitespace(c)
                || Character.isSpaceChar(c) || c == 0x200B);
    }

    private void flush(List<TextPosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        double size = 0;
        double space = 0;
        boolean bold = false;
        for (TextPosition p : positions) {
            text.append(p.getUnicode());
            double height = Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.7);
            x0 = Math.min(x0, p.getXDirAdj());
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            y0 = Math.min(y0, p.getYDirAdj() - height);
            y1 = Math.max(y1, p.getYDirAdj());
            size = Math.max(size, p.getFontSizeInPt());
            space = Math.max(space, p.getWidthOfSpace());
            String font = p.getFont() == null ? "" : String.valueOf(p.getFont().getName());
            bold |= font.toLowerCase().contains("bold");
        }
        if (!(x1 >= x0) || !(y1 >= y0)) {
            return;
        }
        words.add(new Word(text.toString(), page, new BoundingBox(x0, y0, x1, y1), size, space, bold));
    }
}
