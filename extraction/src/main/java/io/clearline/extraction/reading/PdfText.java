package io.clearline.extraction.reading;

import io.clearline.extraction.ExtractionLimits;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.PdfWords;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** Text with positions from a PDF, within the page limit; encrypted and broken files are reasons. */
public final class PdfText {

    private PdfText() {
    }

    public static Reading read(byte[] content, ExtractionLimits limits) {
        try (PDDocument document = Loader.loadPDF(content)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                return new Reading.Unreadable("PDF has no pages");
            }
            if (pages > limits.maxPages()) {
                return new Reading.Unreadable("too many pages: " + pages + " (limit " + limits.maxPages() + ")");
            }
            LaidOutText text = PdfWords.read(document);
            if (text.isEmpty()) {
                return new Reading.Unreadable("no text layer on any of " + pages
                        + " page(s): a scan needs OCR, which is not available on this installation");
            }
            return new Reading.Text(text);
        } catch (InvalidPasswordException e) {
            return new Reading.Unreadable("encrypted PDF: a password is needed to open it");
        } catch (IOException e) {
            return new Reading.Unreadable("corrupt PDF: " + e.getMessage());
        }
    }
}
