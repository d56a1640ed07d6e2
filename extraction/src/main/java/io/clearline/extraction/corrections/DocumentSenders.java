package io.clearline.extraction.corrections;

import io.clearline.core.DocumentId;
import io.clearline.extraction.documents.RawDocument;
import io.clearline.extraction.documents.RawDocuments;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The sender keys of a stored document: its issuing party's name as extracted, and the e-mail it came in. */
@Component
class DocumentSenders {

    private static final Set<String> MAIL_TYPES = Set.of("message/rfc822", "application/mbox");

    private final RawDocuments documents;

    DocumentSenders(RawDocuments documents) {
        this.documents = documents;
    }

    /** Most specific first; empty when neither is known. */
    List<String> keys(DocumentId id, byte[] content, String senderName) {
        return Senders.keys(senderName, mailAddress(id, content).orElse(null));
    }

    /** The From address of the document itself when it is an e-mail, else of the e-mail it was attached to. */
    private Optional<String> mailAddress(DocumentId id, byte[] content) {
        Optional<RawDocument> document = documents.find(id);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        if (MAIL_TYPES.contains(document.get().mediaType())) {
            return Senders.mailFrom(content);
        }
        return document.get().parent()
                .flatMap(parent -> documents.find(parent).filter(p -> MAIL_TYPES.contains(p.mediaType())))
                .flatMap(parent -> documents.content(parent.id()))
                .flatMap(Senders::mailFrom);
    }
}
