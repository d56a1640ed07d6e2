package io.clearline.extraction.doctype;

import io.clearline.extraction.layout.LaidOutText;

/** Decides what a document is. Rules today; a trained classifier can take its place. */
public interface DocumentTypeDetector {

    TypeDecision detect(LaidOutText text);
}
