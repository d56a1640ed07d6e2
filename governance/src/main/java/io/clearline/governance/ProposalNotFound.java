package io.clearline.governance;

import java.util.UUID;

/** No proposal with this id: HTTP 404. */
public class ProposalNotFound extends GovernanceException {

    public ProposalNotFound(UUID id) {
        super("no action proposal " + id);
    }

    @Override
    public int httpStatus() {
        return 404;
    }

    @Override
    public String problemType() {
        return "proposal-not-found";
    }
}
