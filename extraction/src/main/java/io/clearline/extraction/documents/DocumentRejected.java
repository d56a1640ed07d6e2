package io.clearline.extraction.documents;

/**
 * A raw input that Clearline will not store. An expected outcome of bad input, not a failure of the
 * service: it carries no stack trace.
 */
public abstract sealed class DocumentRejected extends RuntimeException
        permits EmptyDocument, DocumentTooLarge, UnsupportedDocumentType {

    private final String fileName;

    protected DocumentRejected(String fileName, String message) {
        super(message, null, false, false);
        this.fileName = fileName;
    }

    /** The name the input arrived with, may be null. */
    public String fileName() {
        return fileName;
    }
}
