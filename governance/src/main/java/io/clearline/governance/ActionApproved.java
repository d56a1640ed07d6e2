package io.clearline.governance;

import java.util.UUID;

/** A person approved a pending proposal (maker-checker passed); execution follows. */
public record ActionApproved(UUID proposalId, String kind, String subject, Actor approver) {
}
