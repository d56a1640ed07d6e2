package io.clearline.governance;

import java.util.UUID;

/** The handler refused or crashed; the proposal stays, FAILED, with the reason. */
public record ActionFailed(UUID proposalId, String kind, String subject, String reason) {
}
