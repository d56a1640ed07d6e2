package io.clearline.extraction.corrections;

import io.clearline.core.DocumentId;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored correction of one field.
 *
 * @param line           index of the line item, null for a document field
 * @param provenanceJson where the value stands in the source ({@code page, box, source_text}), null if not found
 */
public record FieldCorrection(UUID id, DocumentId documentId, String field, Integer line, String value,
        String previousValue, String senderKey, String provenanceJson, String correctedBy, UUID proposalId,
        Instant correctedAt) {
}
