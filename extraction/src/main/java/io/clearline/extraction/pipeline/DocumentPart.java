package io.clearline.extraction.pipeline;

import io.clearline.core.DocumentId;
import io.clearline.extraction.ExtractionStatus;
import java.util.Optional;

/** A stored child of a document (an e-mail's attachment) and its extraction status, empty while pending. */
public record DocumentPart(DocumentId id, String fileName, String mediaType, Optional<ExtractionStatus> status,
        String documentType) {
}
