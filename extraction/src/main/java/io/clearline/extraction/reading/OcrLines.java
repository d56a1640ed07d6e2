package io.clearline.extraction.reading;

import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.LineBuilder;
import io.clearline.extraction.layout.Word;
import io.clearline.extraction.ocr.OcrPage;
import io.clearline.extraction.ocr.OcrWord;
import java.util.List;

/** Turns an OCR'd page into layout lines, the same way text-layer words become lines. */
final class OcrLines {

    /** Below this (0–100) a "word" is mostly speckle or a ruled line read as letters. */
    private static final double NOISE = 25;

    private OcrLines() {
    }

    /** Punctuation alone (". : - ~") is kept only when OCR is sure of it; unsure, it is a speck between a label and its value. */
    private static final double SURE_PUNCTUATION = 90;

    static List<OcrWord> kept(OcrPage page) {
        return page.words().stream()
                .filter(w -> !w.word().text().isEmpty())
                .filter(w -> w.confidence() >= NOISE || w.word().text().length() > 2)
                .filter(w -> w.confidence() >= SURE_PUNCTUATION || w.word().text().chars().anyMatch(Character::isLetterOrDigit))
                .toList();
    }

    static List<Line> lines(List<OcrWord> words, int firstIndex) {
        List<Word> plain = words.stream().map(OcrWord::word).toList();
        return plain.isEmpty() ? List.of() : LineBuilder.lines(plain, firstIndex);
    }
}
