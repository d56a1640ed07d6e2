package io.clearline.governance;

/**
 * Where a proposal is in its life: PROPOSED (persisted, policy not yet applied; only ever seen
 * inside the proposing transaction) → AUTO_APPROVED / PENDING_APPROVAL / REJECTED; PENDING_APPROVAL
 * → APPROVED / REJECTED; AUTO_APPROVED / APPROVED → EXECUTED / FAILED.
 */
public enum ProposalStatus {
    PROPOSED, PENDING_APPROVAL, AUTO_APPROVED, APPROVED, REJECTED, EXECUTED, FAILED;

    /** Approved (by policy or a person) but not yet dispatched. */
    public boolean isReadyToRun() {
        return this == AUTO_APPROVED || this == APPROVED;
    }

    /** Nothing more will happen to it. */
    public boolean isFinal() {
        return this == REJECTED || this == EXECUTED || this == FAILED;
    }
}
