package io.clearline.governance;

import java.time.Instant;
import java.util.UUID;

/** A note attached to a subject, and the proposal that attached it. */
public record Note(UUID id, String subject, String text, String author, UUID proposalId, Instant createdAt) {
}
