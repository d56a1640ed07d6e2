package io.clearline.governance;

import io.clearline.core.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code clearline.governance.*}: the default policy per action kind, stored as version 1 when the
 * kind has no stored policy yet (a stored policy always wins, see {@link Policies#seed}). Kinds not
 * listed have no policy, so every proposal of theirs waits for a person. Example:
 * <pre>
 * clearline.governance.policies[0].kind=cash.apply
 * clearline.governance.policies[0].auto-approve-min-confidence=0.95
 * clearline.governance.policies[0].auto-approve-max-amount=5000.00
 * clearline.governance.policies[0].currency=EUR
 * clearline.governance.policies[0].reject-below-confidence=0.2
 * </pre>
 * Without any configuration, {@code note.attach} auto-approves at confidence 0.9 or more.
 */
@Validated
@ConfigurationProperties("clearline.governance")
public record GovernanceProperties(List<@Valid PolicyDefault> policies) {

    static final PolicyDefault NOTE_DEFAULT = new PolicyDefault(AttachNote.KIND, 0.9, null, null, null);

    public GovernanceProperties {
        policies = policies == null ? List.of(NOTE_DEFAULT) : List.copyOf(policies);
        if (policies.stream().map(PolicyDefault::kind).distinct().count() != policies.size()) {
            throw new IllegalArgumentException("clearline.governance.policies lists a kind twice");
        }
    }

    /** The configured rules by kind, in the order given. */
    public Map<String, PolicyRules> defaults() {
        Map<String, PolicyRules> map = new LinkedHashMap<>();
        policies.forEach(p -> map.put(p.kind(), p.rules()));
        return map;
    }

    /**
     * One kind's default rules; the amount limit is {@code auto-approve-max-amount} in {@code currency}.
     * Invalid combinations fail at start-up, not at the first proposal.
     */
    public record PolicyDefault(@NotBlank String kind, Double autoApproveMinConfidence,
            BigDecimal autoApproveMaxAmount, String currency, Double rejectBelowConfidence) {

        public PolicyDefault {
            if ((autoApproveMaxAmount == null) != (currency == null || currency.isBlank())) {
                throw new IllegalArgumentException("policy for " + kind
                        + ": auto-approve-max-amount and currency go together");
            }
            rules(autoApproveMinConfidence, autoApproveMaxAmount, currency, rejectBelowConfidence);
        }

        public PolicyRules rules() {
            return rules(autoApproveMinConfidence, autoApproveMaxAmount, currency, rejectBelowConfidence);
        }

        private static PolicyRules rules(Double min, BigDecimal max, String currency, Double rejectBelow) {
            return new PolicyRules(min, max == null ? null : Money.of(max, currency.strip()), rejectBelow);
        }
    }
}
