package io.clearline.extraction.corrections;

import io.clearline.core.DocumentId;
import java.util.UUID;

/**
 * An analyst's correction of a field was applied (through {@code extraction.correct}).
 *
 * @param learned the rule it taught for the sender's next documents, e.g. {@code label 'ticket' → RIGHT}; null if none
 */
public record FieldCorrected(DocumentId documentId, UUID correctionId, String field, Integer line, String value,
        String correctedBy, String senderKey, String learned) {
}
