package io.clearline.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.Confidence;
import io.clearline.core.money.Money;
import io.clearline.governance.ActionPolicy;
import io.clearline.governance.Actor;
import io.clearline.governance.PolicyRules;
import io.clearline.governance.policy.PolicyDecision.Verdict;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyDecisionTest {

    private static Optional<ActionPolicy> policy(PolicyRules rules) {
        return Optional.of(new ActionPolicy("cash.apply", 4, rules, Actor.person("controller"), Instant.EPOCH, null));
    }

    private static Verdict verdict(PolicyRules rules, double confidence, Money amount) {
        return PolicyDecision.decide(policy(rules), Confidence.of(confidence), amount).verdict();
    }

    @Test
    void thresholdsAreInclusiveAtTheBoundary() {
        PolicyRules rules = new PolicyRules(0.95, Money.of("500.00", "EUR"), 0.2);

        assertThat(verdict(rules, 0.95, Money.of("500.00", "EUR"))).isEqualTo(Verdict.AUTO_APPROVE);
        assertThat(verdict(rules, 0.9499, Money.of("1.00", "EUR"))).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(verdict(rules, 0.99, Money.of("500.01", "EUR"))).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(verdict(rules, 0.99, Money.of("-500.01", "EUR"))).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(verdict(rules, 0.99, Money.of("5", "JPY"))).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(verdict(rules, 0.2, null)).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(verdict(rules, 0.1999, null)).isEqualTo(Verdict.REJECT);
    }

    @Test
    void rejectionWinsOverAnAmountWithinLimits() {
        assertThat(verdict(new PolicyRules(0.5, Money.of("100.00", "EUR"), 0.5), 0.4, Money.of("1.00", "EUR")))
                .isEqualTo(Verdict.REJECT);
    }

    @Test
    void noAutoApproveThresholdMeansAlwaysAsk() {
        assertThat(verdict(PolicyRules.ALWAYS_ASK, 1.0, null)).isEqualTo(Verdict.NEEDS_APPROVAL);
    }

    @Test
    void missingPolicyAsksAPersonAndNamesNoVersion() {
        PolicyDecision d = PolicyDecision.decide(Optional.empty(), Confidence.CERTAIN, null);

        assertThat(d.verdict()).isEqualTo(Verdict.NEEDS_APPROVAL);
        assertThat(d.policyVersion()).isNull();
        assertThat(PolicyDecision.decide(policy(new PolicyRules(0.5, null, null)), Confidence.CERTAIN, null)
                .policyVersion()).isEqualTo(4);
    }
}
