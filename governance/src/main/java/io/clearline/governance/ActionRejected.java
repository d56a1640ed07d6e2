package io.clearline.governance;

import java.util.UUID;

/** A proposal was rejected, by a person or by policy ({@code system:policy}). */
public record ActionRejected(UUID proposalId, String kind, String subject, Actor rejectedBy, String reason) {
}
