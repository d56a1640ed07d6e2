package io.clearline.extraction.ocr;

import io.clearline.extraction.layout.Word;

/** A word read by OCR, placed like a text-layer word (points, baseline as the box bottom), with tesseract's confidence (0–100). */
public record OcrWord(Word word, double confidence) {
}
