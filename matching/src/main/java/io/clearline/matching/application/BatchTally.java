package io.clearline.matching.application;

import io.clearline.governance.ProposalStatus;

/** Counts for {@link CashApplication#matchAll}, filled as its chunks come back from the gateway. */
final class BatchTally {

    private final int payments;
    int applied;
    int queued;
    int failed;
    int rejected;
    int nothingToApply;
    int proposedBefore;

    BatchTally(int payments) {
        this.payments = payments;
    }

    void count(ProposalStatus status) {
        switch (status) {
            case EXECUTED -> applied++;
            case PENDING_APPROVAL -> queued++;
            case REJECTED -> rejected++;
            default -> failed++;
        }
    }

    CashApplication.BatchOutcome outcome() {
        return new CashApplication.BatchOutcome(payments, applied, queued, failed, rejected, nothingToApply,
                proposedBefore);
    }
}
