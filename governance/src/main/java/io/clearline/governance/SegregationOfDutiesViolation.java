package io.clearline.governance;

/**
 * Maker-checker refused: the proposer tried to approve their own action, an automated actor tried
 * to approve, or an automated actor tried to change the policy that gates it. HTTP 403.
 */
public class SegregationOfDutiesViolation extends GovernanceException {

    public SegregationOfDutiesViolation(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 403;
    }

    @Override
    public String problemType() {
        return "segregation-of-duties";
    }
}
