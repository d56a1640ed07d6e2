package io.clearline.extraction.documents;

/** A 0-byte input: there is nothing to store or extract. */
public final class EmptyDocument extends DocumentRejected {

    public EmptyDocument(String fileName) {
        super(fileName, "the file is empty (0 bytes)");
    }
}
