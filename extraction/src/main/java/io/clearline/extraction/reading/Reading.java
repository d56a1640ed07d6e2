package io.clearline.extraction.reading;

import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.ocr.OcrWord;
import java.util.List;

/** The text read from a file, or why there is none. */
public sealed interface Reading {

    /** Text with, for pages read by OCR, the recognised words and their confidences. */
    record Text(LaidOutText text, List<OcrWord> ocrWords) implements Reading {

        public Text {
            ocrWords = List.copyOf(ocrWords);
        }

        public Text(LaidOutText text) {
            this(text, List.of());
        }
    }

    record Unreadable(String reason) implements Reading {
    }
}
