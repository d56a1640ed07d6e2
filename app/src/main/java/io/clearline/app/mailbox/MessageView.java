package io.clearline.app.mailbox;

import io.clearline.extraction.documents.CustomerSource;
import io.clearline.extraction.documents.EmailMessages;
import io.clearline.extraction.documents.Person;
import io.clearline.extraction.documents.RefusedAttachment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored e-mail as the API shows it. {@code customer} is who a PO in it belongs to (for a forward,
 * the original sender), {@code sender} who delivered it (the rep who forwarded it).
 */
record MessageView(UUID documentId, String messageId, String subject, Person sender, Person customer,
                   CustomerSource customerSource, int attachments, List<RefusedAttachment> refused,
                   String unreadable, Instant storedAt) {

    static MessageView of(EmailMessages.EmailMessage m) {
        return new MessageView(m.documentId().value(), m.headers().messageId(), m.headers().subject(),
                m.headers().sender(), m.headers().customer(), m.headers().customerSource(), m.attachments(),
                m.refused(), m.unreadable(), m.storedAt());
    }
}
