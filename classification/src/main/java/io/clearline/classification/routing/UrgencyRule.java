package io.clearline.classification.routing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A rule that makes an answer at least this urgent when every condition it states holds (a condition
 * left out holds). Amounts compare as exact decimals in the request's own currency: a rule with no
 * threshold for that currency does not match (there is no exchange rate here to guess with).
 *
 * @param name          named in the route's {@code why}
 * @param urgency       the urgency when it matches
 * @param classifiers   only these classifiers (all when empty)
 * @param labels        only these answer labels, {@code NEEDS_REVIEW} included (all when empty)
 * @param minAmount     currency code → smallest amount (absolute value) that matches
 * @param maxAmount     currency code → largest amount (absolute value) that matches, e.g. small balances
 * @param customerTiers only these customer tiers (context {@code customer_tier}, case ignored)
 * @param maxDaysToDue  due date (context {@code due_date}) at most this many days away; overdue counts
 * @param maxDaysToShip ship date (context {@code ship_date}) at most this many days away; past counts
 */
public record UrgencyRule(@NotBlank String name, @NotNull Urgency urgency, List<String> classifiers,
        List<String> labels, Map<String, BigDecimal> minAmount, Map<String, BigDecimal> maxAmount, List<String> customerTiers, Integer maxDaysToDue,
        Integer maxDaysToShip) {

    public UrgencyRule {
        classifiers = classifiers == null ? List.of() : List.copyOf(classifiers);
        labels = labels == null ? List.of() : List.copyOf(labels);
        minAmount = minAmount == null ? Map.of() : Map.copyOf(minAmount);
        maxAmount = maxAmount == null ? Map.of() : Map.copyOf(maxAmount);
        customerTiers = customerTiers == null ? List.of() : List.copyOf(customerTiers);
    }
}
