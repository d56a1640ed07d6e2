package io.clearline.extraction.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One page read by OCR: its words in points on the prepared (upright, deskewed) page, the turn and
 * skew that preparation applied, the mean word confidence, and the failure reason when the page
 * could not be read. {@code image} is the prepared page, kept only when asked for (page images).
 */
public record OcrPage(List<OcrWord> words, int rotation, double skewDegrees, double meanConfidence,
                      String failure, BufferedImage image, double dpi) {

    public OcrPage {
        words = List.copyOf(words);
    }

    public static OcrPage failed(String reason) {
        return new OcrPage(List.of(), 0, 0, 0, reason, null, 0);
    }

    public boolean failed() {
        return failure != null;
    }
}
