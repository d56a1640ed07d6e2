package io.clearline.extraction.doctype;

import io.clearline.core.Confidence;
import io.clearline.core.document.DocumentType;

/** A document type and how sure the detector is. */
public record TypeDecision(DocumentType type, Confidence confidence) {
}
