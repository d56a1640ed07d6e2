package io.clearline.extraction.documents;

import io.clearline.core.DocumentId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about a stored raw input, without its bytes.
 *
 * @param sha256     lower-case hex SHA-256 of the content: the document's identity by content
 * @param mediaType  detected from the content, e.g. {@code application/pdf}
 * @param fileName   the name it arrived with, if any (a hint, never trusted for the type)
 * @param receivedBy who stored it first: a user name or {@code api-key:<name>}
 * @param parentId   the e-mail an attachment came from
 */
public record RawDocument(
        DocumentId id,
        String sha256,
        long size,
        String mediaType,
        String fileName,
        DocumentSource source,
        String receivedBy,
        Instant receivedAt,
        DocumentId parentId) {

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public Optional<DocumentId> parent() {
        return Optional.ofNullable(parentId);
    }
}
