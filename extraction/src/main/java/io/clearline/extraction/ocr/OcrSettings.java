package io.clearline.extraction.ocr;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OCR of scans ({@code clearline.extraction.ocr.*}): tesseract languages and data folder (found at
 * run time when not set), the resolution pages are rendered at, the number of OCR threads (one per
 * core when 0), the largest image accepted in pixels, the time one page may take, and how many
 * letters or digits a PDF page's text layer needs before it counts as text rather than a scan.
 */
@ConfigurationProperties("clearline.extraction.ocr")
public record OcrSettings(String languages, Path tessdata, int dpi, int threads, long maxPixels,
                          Duration pageTimeout, int minTextChars) {

    public static final OcrSettings DEFAULT = new OcrSettings(null, null, 0, 0, 0, null, 0);

    public OcrSettings {
        languages = languages == null || languages.isBlank() ? "eng+deu" : languages;
        dpi = dpi <= 0 ? 300 : Math.max(72, Math.min(600, dpi));
        threads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        // an A4 page at 600 dpi is ~35 megapixels; a 20,000 x 20,000 image (400) is refused before decoding
        maxPixels = maxPixels <= 0 ? 40_000_000L : maxPixels;
        pageTimeout = pageTimeout == null || pageTimeout.isNegative() || pageTimeout.isZero()
                ? Duration.ofSeconds(60) : pageTimeout;
        minTextChars = minTextChars <= 0 ? 25 : minTextChars;
    }

    public OcrSettings withDpi(int newDpi) {
        return new OcrSettings(languages, tessdata, newDpi, threads, maxPixels, pageTimeout, minTextChars);
    }

    public OcrSettings withThreads(int newThreads) {
        return new OcrSettings(languages, tessdata, dpi, newThreads, maxPixels, pageTimeout, minTextChars);
    }

    public OcrSettings withTessdata(Path folder) {
        return new OcrSettings(languages, folder, dpi, threads, maxPixels, pageTimeout, minTextChars);
    }

    public OcrSettings withMaxPixels(long pixels) {
        return new OcrSettings(languages, tessdata, dpi, threads, pixels, pageTimeout, minTextChars);
    }
}
