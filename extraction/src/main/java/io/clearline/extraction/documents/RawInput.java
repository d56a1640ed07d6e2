package io.clearline.extraction.documents;

import io.clearline.core.DocumentId;
import java.util.Objects;

/**
 * Bytes that arrived, before they are stored.
 *
 * @param fileName   the name it arrived with, may be null
 * @param receivedBy who delivers it (user name, {@code api-key:<name>}, {@code mailbox})
 * @param parentId   the stored e-mail an attachment belongs to, else null
 */
public record RawInput(byte[] content, String fileName, DocumentSource source, String receivedBy, DocumentId parentId) {

    public RawInput {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedBy, "receivedBy");
    }

    public static RawInput upload(byte[] content, String fileName, String receivedBy) {
        return new RawInput(content, fileName, DocumentSource.UPLOAD, receivedBy, null);
    }
}
