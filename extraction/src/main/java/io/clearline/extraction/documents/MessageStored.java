package io.clearline.extraction.documents;

import io.clearline.core.DocumentId;
import java.time.Instant;
import java.util.List;

/**
 * An e-mail was stored for the first time, with its attachments. {@code customer} is who a PO in it
 * belongs to (the original sender of a forward), {@code sender} who forwarded it.
 */
public record MessageStored(DocumentId messageDocumentId, String messageId, Person sender, Person customer,
                            CustomerSource customerSource, List<DocumentId> attachmentIds,
                            List<RefusedAttachment> refused, Instant occurredAt) {

    public MessageStored {
        attachmentIds = List.copyOf(attachmentIds);
        refused = List.copyOf(refused);
    }
}
