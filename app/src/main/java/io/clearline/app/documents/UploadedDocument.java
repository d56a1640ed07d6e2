package io.clearline.app.documents;

import io.clearline.extraction.documents.StoredDocument;

/**
 * One uploaded file's outcome: {@code CREATED} (new bytes, stored now) or {@code EXISTING} (the same
 * bytes were stored before; this is that document).
 */
record UploadedDocument(String outcome, DocumentView document) {

    static UploadedDocument of(StoredDocument s) {
        return new UploadedDocument(s.created() ? "CREATED" : "EXISTING", DocumentView.of(s.document()));
    }
}
