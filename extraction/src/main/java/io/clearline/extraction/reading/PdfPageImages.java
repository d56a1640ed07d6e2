package io.clearline.extraction.reading;

import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.PdfWords;
import io.clearline.extraction.ocr.OcrEngine;
import io.clearline.extraction.ocr.OcrPage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders PDF pages for OCR at the configured resolution, within the pixel limit: an oversized
 * page is rendered at a lower resolution, an embedded image too large to decode makes the page a
 * recorded failure before PDFBox tries. Pages are rendered a pool's width at a time, so a 200-page
 * scan never holds more than a few page images in memory.
 */
final class PdfPageImages {

    /** Under this, rendering a page smaller to fit the limit would make it unreadable anyway. */
    private static final int MIN_DPI = 100;

    private final PDDocument document;
    private final OcrEngine ocr;
    private final PDFRenderer renderer;

    PdfPageImages(PDDocument document, OcrEngine ocr) {
        this.document = document;
        this.ocr = ocr;
        this.renderer = new PDFRenderer(document);
        renderer.setSubsamplingAllowed(true);
    }

    /** Whether the page's text layer is too thin or garbled to read and it shows an image, so OCR reads it. */
    boolean needsOcr(int page) throws IOException {
        List<Line> lines = PdfWords.read(document).lines().stream().filter(l -> l.page() == page).toList();
        return !TextLayer.suffices(lines, ocr.settings().minTextChars()) && hasPicturedText(page);
    }

    /**
     * Whether a page draws an image (also inside forms): a page without text and without an image is
     * blank or vector art, and rendering it for OCR would cost a second or two for nothing.
     */
    boolean hasImage(int page) {
        try {
            return hasImage(document.getPage(page - 1).getResources(), 0);
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** Whether the page shows something OCR can read: a scanned image, or text drawn as vector outlines. */
    boolean hasPicturedText(int page) {
        return hasImage(page) || VectorText.drawsOutlinedText(document.getPage(page - 1));
    }

    private static boolean hasImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 2) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject || x instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The OCR of the given 1-based pages, in that order. */
    List<OcrPage> ocr(List<Integer> pages) {
        return ocr(pages, false);
    }

    List<OcrPage> ocr(List<Integer> pages, boolean keepImages) {
        List<OcrPage> results = new ArrayList<>();
        int width = Math.max(1, ocr.settings().threads());
        for (int from = 0; from < pages.size(); from += width) {
            List<Integer> chunk = pages.subList(from, Math.min(pages.size(), from + width));
            List<OcrEngine.Request> requests = new ArrayList<>();
            List<OcrPage> chunkResults = new ArrayList<>();
            for (int page : chunk) {
                Rendered rendered = render(page);
                chunkResults.add(rendered.failure() == null ? null : OcrPage.failed(rendered.failure()));
                if (rendered.failure() == null) {
                    requests.add(new OcrEngine.Request(rendered.image(), rendered.dpi(), page));
                }
            }
            List<OcrPage> read = ocr.read(requests, keepImages);
            int next = 0;
            for (OcrPage r : chunkResults) {
                results.add(r == null ? read.get(next++) : r);
            }
        }
        return results;
    }

    /** A rendered page, or why it was not rendered. */
    record Rendered(BufferedImage image, double dpi, String failure) {
    }

    Rendered render(int page) {
        if (ocr.unavailableReason() != null) {
            return new Rendered(null, 0, ocr.unavailableReason());
        }
        PDPage pdPage = document.getPage(page - 1);
        PDRectangle box = pdPage.getCropBox();
        double dpi = ocr.settings().dpi();
        double pixels = box.getWidth() / 72.0 * dpi * box.getHeight() / 72.0 * dpi;
        if (pixels > ocr.settings().maxPixels()) {
            dpi = dpi * Math.sqrt(ocr.settings().maxPixels() / pixels);
            if (dpi < MIN_DPI) {
                return new Rendered(null, 0, "page " + page + " is too large to OCR: " + Math.round(box.getWidth())
                        + " x " + Math.round(box.getHeight()) + " pt");
            }
        }
        try {
            String oversized = oversizedImage(pdPage.getResources(), 0);
            if (oversized != null) {
                return new Rendered(null, 0, "page " + page + ": " + oversized);
            }
            return new Rendered(renderer.renderImageWithDPI(page - 1, (float) dpi, ImageType.GRAY), dpi, null);
        } catch (IOException | RuntimeException e) {
            return new Rendered(null, 0, "page " + page + " could not be rendered: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Rendered(null, 0, "page " + page + " could not be rendered: out of memory");
        }
    }

    /** An embedded image (also inside forms, two levels deep) bigger than the OCR pixel limit. */
    private String oversizedImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 2) {
            return null;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image
                    && (long) image.getWidth() * image.getHeight() > ocr.settings().maxPixels()) {
                return ocr.tooLarge(image.getWidth(), image.getHeight());
            }
            if (x instanceof PDFormXObject form) {
                String inner = oversizedImage(form.getResources(), depth + 1);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
