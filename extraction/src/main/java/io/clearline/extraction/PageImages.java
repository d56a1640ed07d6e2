package io.clearline.extraction;

import io.clearline.extraction.ocr.OcrEngine;
import io.clearline.extraction.reading.PageRenderer;

/**
 * Page images for the review UI: page N (1-based) of a stored document as PNG, re-rendered on
 * demand rather than stored. A scanned page comes back as OCR saw it (turned upright, deskewed), so
 * a field's box in points maps onto the image as pixels = points × {@code dpi} / 72. Never throws:
 * a document without pages, a page out of range or a broken file is a result with a reason.
 */
public final class PageImages {

    private final ExtractionLimits limits;
    private final OcrEngine ocr;

    public PageImages(ExtractionLimits limits, OcrEngine ocr) {
        this.limits = limits;
        this.ocr = ocr;
    }

    public PageImages() {
        this(ExtractionLimits.DEFAULT, OcrEngine.shared());
    }

    public PageRenderer.Rendered page(byte[] document, int page) {
        return io.clearline.extraction.reading.TimeLimit.run(limits.timeout(),
                () -> PageRenderer.render(document, page, limits, ocr),
                reason -> new PageRenderer.Rendered(null, 0, 0, 0, 0, 0, "page image " + reason));
    }
}
