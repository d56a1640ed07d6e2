package io.clearline.extraction.documents;

import io.clearline.core.DocumentId;
import java.time.Instant;

/** A raw input was stored for the first time (re-deliveries of the same bytes publish nothing). */
public record DocumentStored(
        DocumentId documentId,
        String sha256,
        long size,
        String mediaType,
        String fileName,
        DocumentSource source,
        String receivedBy,
        Instant occurredAt) {

    static DocumentStored of(RawDocument d) {
        return new DocumentStored(d.id(), d.sha256(), d.size(), d.mediaType(), d.fileName(), d.source(),
                d.receivedBy(), d.receivedAt());
    }
}
