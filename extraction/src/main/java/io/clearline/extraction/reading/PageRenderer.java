package io.clearline.extraction.reading;

import io.clearline.extraction.ExtractionLimits;
import io.clearline.extraction.ocr.OcrEngine;
import io.clearline.extraction.ocr.OcrPage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Page N of a document as the page that was read: a text page as rendered, a scanned page (or
 * image) after the same deterministic preparation OCR saw (turned upright, deskewed), so the boxes
 * of its fields (points; pixels = points × dpi / 72) land on the right words.
 */
public final class PageRenderer {

    /** Resolution for pages that have a text layer: enough to read on screen. */
    private static final int TEXT_PAGE_DPI = 110;

    /** The PNG and its geometry, or why there is none. */
    public record Rendered(byte[] png, int width, int height, double dpi, int rotation, double skewDegrees,
                           String failure) {

        static Rendered failed(String reason) {
            return new Rendered(null, 0, 0, 0, 0, 0, reason);
        }
    }

    private PageRenderer() {
    }

    public static Rendered render(byte[] content, int page, ExtractionLimits limits, OcrEngine ocr) {
        if (content == null || content.length == 0) {
            return Rendered.failed("empty file (0 bytes)");
        }
        if (page < 1) {
            return Rendered.failed("pages are numbered from 1");
        }
        return switch (FileKind.of(content).kind()) {
            case PDF -> pdf(content, page, limits, ocr);
            case IMAGE -> image(content, page, limits, ocr);
            default -> Rendered.failed("no page images for this kind of document (only PDFs and images have pages)");
        };
    }

    private static Rendered pdf(byte[] content, int page, ExtractionLimits limits, OcrEngine ocr) {
        try (PDDocument document = Loader.loadPDF(content)) {
            int pages = document.getNumberOfPages();
            if (page > pages) {
                return Rendered.failed("no page " + page + " (the document has " + pages + ")");
            }
            if (pages > limits.maxPages()) {
                return Rendered.failed("too many pages: " + pages + " (limit " + limits.maxPages() + ")");
            }
            PdfPageImages images = new PdfPageImages(document, ocr);
            if (!images.needsOcr(page)) {
                PDFRenderer renderer = new PDFRenderer(document);
                renderer.setSubsamplingAllowed(true);
                BufferedImage image = renderer.renderImageWithDPI(page - 1, TEXT_PAGE_DPI, ImageType.RGB);
                return png(image, TEXT_PAGE_DPI, 0, 0);
            }
            return prepared(images.ocr(List.of(page), true).get(0));
        } catch (InvalidPasswordException e) {
            return Rendered.failed("encrypted PDF: a password is needed to open it");
        } catch (IOException e) {
            return Rendered.failed("corrupt PDF: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return Rendered.failed("page could not be rendered: out of memory");
        }
    }

    private static Rendered image(byte[] content, int page, ExtractionLimits limits, OcrEngine ocr) {
        ImagePages.Pages pages = ImagePages.read(content, ocr.settings().maxPixels(), limits.maxPages(), page);
        if (pages.failure() != null) {
            return Rendered.failed(pages.failure());
        }
        return prepared(ocr.read(pages.images().get(0), pages.dpi().get(0), page, true));
    }

    private static Rendered prepared(OcrPage page) {
        if (page.failed()) {
            return Rendered.failed(page.failure());
        }
        return png(page.image(), page.dpi(), page.rotation(), page.skewDegrees());
    }

    private static Rendered png(BufferedImage image, double dpi, int rotation, double skew) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return new Rendered(out.toByteArray(), image.getWidth(), image.getHeight(), dpi, rotation, skew, null);
        } catch (IOException e) {
            return Rendered.failed("page image could not be written: " + e.getMessage());
        }
    }
}
