package io.clearline.governance;

import java.util.UUID;

/** A proposal was persisted and its policy applied; {@code status} is where the policy put it. */
public record ActionProposed(UUID proposalId, String kind, String subject, Actor proposer, ProposalStatus status,
        String policyVersion) {
}
