package io.clearline.governance;

import java.util.UUID;

/** The proposal is not in a state that allows this step (e.g. approving an executed one): HTTP 409. */
public class InvalidProposalState extends GovernanceException {

    private final ProposalStatus status;

    public InvalidProposalState(UUID id, ProposalStatus status, String attempted) {
        super("cannot " + attempted + " proposal " + id + ": it is " + status);
        this.status = status;
    }

    public ProposalStatus status() {
        return status;
    }

    @Override
    public int httpStatus() {
        return 409;
    }

    @Override
    public String problemType() {
        return "invalid-proposal-state";
    }
}
