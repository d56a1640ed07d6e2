package io.clearline.app.documents;

import io.clearline.extraction.documents.RawDocument;
import java.time.Instant;
import java.util.UUID;

/** A stored document as the API shows it. */
record DocumentView(UUID id, String sha256, long size, String mediaType, String fileName, String source,
        String receivedBy, Instant receivedAt, UUID parentId, String content) {

    static DocumentView of(RawDocument d) {
        return new DocumentView(d.id().value(), d.sha256(), d.size(), d.mediaType(), d.fileName(), d.source().name(),
                d.receivedBy(), d.receivedAt(), d.parentId() == null ? null : d.parentId().value(),
                "/api/v1/documents/" + d.id() + "/content");
    }
}
