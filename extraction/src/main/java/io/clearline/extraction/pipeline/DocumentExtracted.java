package io.clearline.extraction.pipeline;

import io.clearline.core.DocumentId;
import io.clearline.core.document.DocumentType;
import io.clearline.extraction.ExtractionStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored document has a new extraction result (published in the transaction that records it; listen
 * after commit). FAILED results are published too: they carry the reason.
 */
public record DocumentExtracted(
        DocumentId documentId,
        UUID runId,
        ExtractionStatus status,
        DocumentType documentType,
        String reason,
        String extractorVersion,
        Instant extractedAt) {
}
