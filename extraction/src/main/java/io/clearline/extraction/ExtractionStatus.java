package io.clearline.extraction;

/** Whether a document was read; a FAILED one carries the reason and is kept, never dropped. */
public enum ExtractionStatus {
    EXTRACTED,
    FAILED
}
