package io.clearline.extraction.documents;

import java.util.List;

/**
 * The outcome of storing one e-mail.
 *
 * @param message     the e-mail itself (source EMAIL)
 * @param attachments its stored attachments (source ATTACHMENT, parent = the message), in order
 * @param refused     attachments over the size limit, empty or of a refused type
 * @param unreadable  why the message could not be split into parts, else null (it is stored anyway)
 */
public record StoredMessage(StoredDocument message, MessageHeaders headers, List<StoredDocument> attachments,
                            List<RefusedAttachment> refused, String unreadable) {

    public StoredMessage {
        attachments = List.copyOf(attachments);
        refused = List.copyOf(refused);
    }

    public boolean created() {
        return message.created();
    }
}
