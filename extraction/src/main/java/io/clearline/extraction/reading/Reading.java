package io.clearline.extraction.reading;

import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.ocr.OcrWord;
import java.util.List;

/** The text read from a file, or why there is none. */
public sealed interface Reading {

    /**
     * Text with, for pages read by OCR, the recognised words and their confidences; {@code note} says
     * which pages could not be read (null when every page was), so a partly read document says so.
     */
    record Text(LaidOutText text, List<OcrWord> ocrWords, String note) implements Reading {

        public Text {
            ocrWords = List.copyOf(ocrWords);
        }

        public Text(LaidOutText text, List<OcrWord> ocrWords) {
            this(text, ocrWords, null);
        }

        public Text(LaidOutText text) {
            this(text, List.of(), null);
        }
    }

    record Unreadable(String reason) implements Reading {
    }
}
