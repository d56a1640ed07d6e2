package io.clearline.governance;

import io.clearline.core.money.Money;

/**
 * When an action of one kind runs without a person: confidence at least
 * {@code autoApproveMinConfidence} and amount (if any) at most {@code autoApproveMaxAmount}.
 * Below {@code rejectBelowConfidence} it is rejected outright; everything else waits for approval.
 *
 * @param autoApproveMinConfidence null: never auto-approve
 * @param autoApproveMaxAmount     null: no amount limit; an amount in another currency needs approval
 * @param rejectBelowConfidence    null: never reject automatically
 */
public record PolicyRules(Double autoApproveMinConfidence, Money autoApproveMaxAmount, Double rejectBelowConfidence) {

    /** Nothing runs without a person, nothing is rejected automatically. */
    public static final PolicyRules ALWAYS_ASK = new PolicyRules(null, null, null);

    public PolicyRules {
        checkProbability(autoApproveMinConfidence, "auto-approve minimum confidence");
        checkProbability(rejectBelowConfidence, "reject-below confidence");
        if (autoApproveMaxAmount != null && autoApproveMaxAmount.isNegative()) {
            throw new InvalidPayload("auto-approve amount limit must not be negative");
        }
        if (autoApproveMinConfidence != null && rejectBelowConfidence != null
                && rejectBelowConfidence > autoApproveMinConfidence) {
            throw new InvalidPayload("reject-below confidence " + rejectBelowConfidence
                    + " is above the auto-approve minimum " + autoApproveMinConfidence);
        }
    }

    private static void checkProbability(Double value, String what) {
        if (value != null && (value.isNaN() || value < 0.0 || value > 1.0)) {
            throw new InvalidPayload(what + " must be within [0, 1], was " + value);
        }
    }
}
