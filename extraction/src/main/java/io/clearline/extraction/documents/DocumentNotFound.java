package io.clearline.extraction.documents;

import io.clearline.core.DocumentId;

/** No raw input is stored under this id. */
public final class DocumentNotFound extends RuntimeException {

    private final DocumentId id;

    public DocumentNotFound(DocumentId id) {
        super("no document " + id, null, false, false);
        this.id = id;
    }

    public DocumentId id() {
        return id;
    }
}
