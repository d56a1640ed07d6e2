package io.clearline.extraction.documents;

/** An input over the configured size limit ({@code clearline.documents.max-size}). */
public final class DocumentTooLarge extends DocumentRejected {

    private final long limitBytes;

    public DocumentTooLarge(String fileName, long sizeBytes, long limitBytes) {
        super(fileName, "the file has " + sizeBytes + " bytes; the limit is " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
