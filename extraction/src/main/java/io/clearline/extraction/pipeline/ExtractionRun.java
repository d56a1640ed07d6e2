package io.clearline.extraction.pipeline;

import io.clearline.core.DocumentId;
import io.clearline.extraction.ExtractionStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One recorded extraction of a stored document.
 *
 * @param resultJson the result in the shape of {@code ./clearline extract}, plus {@code learned} when
 *                   rules learned from corrections supplied fields
 * @param attempts   how many times extraction was started for this run (more than one after a crash)
 * @param current    false once a later run superseded it
 */
public record ExtractionRun(
        UUID id,
        DocumentId documentId,
        ExtractionStatus status,
        String reason,
        String documentType,
        String resultJson,
        String extractorVersion,
        int attempts,
        Instant startedAt,
        Instant finishedAt,
        long durationMs,
        Instant extractedAt,
        boolean current) {
}
