package io.clearline.extraction.reading;

import io.clearline.extraction.ExtractionLimits;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.PdfWords;
import io.clearline.extraction.ocr.OcrEngine;
import io.clearline.extraction.ocr.OcrPage;
import io.clearline.extraction.ocr.OcrWord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Text with positions from a PDF, within the page limit; encrypted and broken files are reasons.
 * Decided per page: a page whose text layer is missing, too thin or garbage is rendered and read
 * by OCR instead, so a scanned page inside a text PDF is read too.
 */
public final class PdfText {

    private PdfText() {
    }

    public static Reading read(byte[] content, ExtractionLimits limits) {
        return read(content, limits, OcrEngine.shared());
    }

    public static Reading read(byte[] content, ExtractionLimits limits, OcrEngine ocr) {
        try (PDDocument document = Loader.loadPDF(content)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                return new Reading.Unreadable("PDF has no pages");
            }
            if (pages > limits.maxPages()) {
                return new Reading.Unreadable("too many pages: " + pages + " (limit " + limits.maxPages() + ")");
            }
            LaidOutText text = PdfWords.read(document);
            List<Integer> scanned = new ArrayList<>();
            PdfPageImages images = new PdfPageImages(document, ocr);
            for (int p = 1; p <= pages; p++) {
                if (!TextLayer.suffices(linesOf(text, p), ocr.settings().minTextChars()) && images.hasPicturedText(p)) {
                    scanned.add(p);
                }
            }
            if (scanned.isEmpty()) {
                return text.isEmpty() ? new Reading.Unreadable("no text layer and no scanned image on any of " + pages
                        + " page(s)") : new Reading.Text(text);
            }
            return withOcr(images, text, scanned);
        } catch (InvalidPasswordException e) {
            return new Reading.Unreadable("encrypted PDF: a password is needed to open it");
        } catch (IOException e) {
            return new Reading.Unreadable("corrupt PDF: " + e.getMessage());
        }
    }

    private static Reading withOcr(PdfPageImages images, LaidOutText text, List<Integer> scanned) {
        List<OcrPage> read = images.ocr(scanned);
        List<Line> lines = new ArrayList<>();
        List<OcrWord> words = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int p = 1; p <= text.pages(); p++) {
            int at = scanned.indexOf(p);
            if (at < 0) {
                for (Line l : linesOf(text, p)) {
                    lines.add(new Line(p, lines.size(), l.phrases()));
                }
                continue;
            }
            OcrPage page = read.get(at);
            if (page.failed()) {
                failures.add(page.failure());
                // a page that could not be OCR'd keeps what little text layer it had
                for (Line l : linesOf(text, p)) {
                    lines.add(new Line(p, lines.size(), l.phrases()));
                }
                continue;
            }
            List<OcrWord> kept = OcrLines.kept(page);
            words.addAll(kept);
            lines.addAll(OcrLines.lines(kept, lines.size()));
        }
        if (lines.isEmpty()) {
            return new Reading.Unreadable("no text layer, and no text found by OCR, on any of " + text.pages()
                    + " page(s)"
                    + (failures.isEmpty() ? "" : ": " + failures.get(0)));
        }
        return new Reading.Text(new LaidOutText(lines, text.pages(), true), words, PageNote.of(failures, text.pages()));
    }

    private static List<Line> linesOf(LaidOutText text, int page) {
        return text.lines().stream().filter(l -> l.page() == page).toList();
    }
}
