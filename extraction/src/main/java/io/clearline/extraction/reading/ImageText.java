package io.clearline.extraction.reading;

import io.clearline.extraction.ExtractionLimits;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.ocr.OcrEngine;
import io.clearline.extraction.ocr.OcrPage;
import io.clearline.extraction.ocr.OcrWord;
import java.util.ArrayList;
import java.util.List;

/** Text of a scanned image file (PNG, JPEG, TIFF, also multi-page) through OCR. */
public final class ImageText {

    private ImageText() {
    }

    public static Reading read(byte[] content, ExtractionLimits limits) {
        return read(content, limits, OcrEngine.shared());
    }

    public static Reading read(byte[] content, ExtractionLimits limits, OcrEngine ocr) {
        if (ocr.unavailableReason() != null) {
            return new Reading.Unreadable(ocr.unavailableReason());
        }
        ImagePages.Pages pages = ImagePages.read(content, ocr.settings().maxPixels(), limits.maxPages(), 0);
        if (pages.failure() != null) {
            return new Reading.Unreadable(pages.failure());
        }
        List<Line> lines = new ArrayList<>();
        List<OcrWord> words = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int width = Math.max(1, ocr.settings().threads());
        for (int from = 0; from < pages.images().size(); from += width) {
            List<OcrEngine.Request> requests = new ArrayList<>();
            for (int i = from; i < Math.min(pages.images().size(), from + width); i++) {
                requests.add(new OcrEngine.Request(pages.images().get(i), pages.dpi().get(i), i + 1));
            }
            for (OcrPage page : ocr.read(requests, false)) {
                if (page.failed()) {
                    failures.add(page.failure());
                    continue;
                }
                List<OcrWord> kept = OcrLines.kept(page);
                words.addAll(kept);
                lines.addAll(OcrLines.lines(kept, lines.size()));
            }
        }
        if (lines.isEmpty()) {
            return new Reading.Unreadable(!failures.isEmpty() ? failures.get(0) : "no text found by OCR in the image");
        }
        return new Reading.Text(new LaidOutText(lines, pages.images().size(), true), words,
                PageNote.of(failures, pages.images().size()));
    }
}
