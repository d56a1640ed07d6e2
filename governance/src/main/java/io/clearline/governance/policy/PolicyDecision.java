package io.clearline.governance.policy;

import io.clearline.core.Confidence;
import io.clearline.core.money.Money;
import io.clearline.governance.ActionPolicy;
import io.clearline.governance.PolicyRules;
import java.util.Optional;

/** What a policy says about one proposal, and why. A pure function of policy, confidence and amount. */
public record PolicyDecision(Verdict verdict, String reason, Integer policyVersion) {

    public enum Verdict { AUTO_APPROVE, NEEDS_APPROVAL, REJECT }

    public static PolicyDecision decide(Optional<ActionPolicy> policy, Confidence confidence, Money amount) {
        if (policy.isEmpty()) {
            return new PolicyDecision(Verdict.NEEDS_APPROVAL, "no policy for this kind: a person decides", null);
        }
        PolicyRules rules = policy.get().rules();
        Integer version = policy.get().version();
        double c = confidence.value();
        if (rules.rejectBelowConfidence() != null && c < rules.rejectBelowConfidence()) {
            return new PolicyDecision(Verdict.REJECT,
                    "confidence " + c + " is below the rejection threshold " + rules.rejectBelowConfidence(), version);
        }
        if (rules.autoApproveMinConfidence() == null) {
            return new PolicyDecision(Verdict.NEEDS_APPROVAL, "this kind always needs a person's approval", version);
        }
        if (c < rules.autoApproveMinConfidence()) {
            return new PolicyDecision(Verdict.NEEDS_APPROVAL,
                    "confidence " + c + " is below the auto-approve threshold " + rules.autoApproveMinConfidence(),
                    version);
        }
        Money limit = rules.autoApproveMaxAmount();
        if (amount != null && limit != null) {
            if (!amount.currency().equals(limit.currency())) {
                return new PolicyDecision(Verdict.NEEDS_APPROVAL,
                        "amount " + amount + " is not in the limit's currency " + limit.currency(), version);
            }
            if (amount.abs().isGreaterThan(limit)) {
                return new PolicyDecision(Verdict.NEEDS_APPROVAL,
                        "amount " + amount + " is above the auto-approve limit " + limit, version);
            }
        }
        return new PolicyDecision(Verdict.AUTO_APPROVE, "confidence " + c + " meets the threshold "
                + rules.autoApproveMinConfidence() + (amount == null ? "" : ", amount " + amount + " within the limit"),
                version);
    }
}
