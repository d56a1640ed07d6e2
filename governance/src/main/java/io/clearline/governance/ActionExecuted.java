package io.clearline.governance;

import java.util.UUID;

/** The owning module's handler ran the approved action. */
public record ActionExecuted(UUID proposalId, String kind, String subject, ActionOutcome outcome) {
}
