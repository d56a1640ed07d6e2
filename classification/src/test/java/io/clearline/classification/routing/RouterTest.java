package io.clearline.classification.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.Classification;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Queues from labels and customer overrides, urgency from rules over the context, on a fixed calendar. */
class RouterTest {

    static final Map<String, List<String>> LABELS = Map.of(
            "deduction-reason", List.of("PRICING", "PROMOTION", "DAMAGED", "SHORTAGE", "TAX", "UNKNOWN"),
            "order-exception", List.of("CREDIT_HOLD", "PRICE_MISMATCH", "UNKNOWN_ITEM"));

    /** 2026-11-23, the calendar every days-to-due in these tests counts from. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    static RoutingSettings settings(List<UrgencyRule> rules) {
        var deductions = new RoutingSettings.ClassifierRoutes("deductions",
                Map.of("PRICING", "pricing", "PROMOTION", "pricing", "DAMAGED", "claims", "SHORTAGE", "claims"),
                Map.of("C-KEY", new RoutingSettings.CustomerRoutes("key-accounts", Map.of("TAX", "key-accounts-tax"),
                        Urgency.HIGH),
                        "C-LOW", new RoutingSettings.CustomerRoutes(null, Map.of(), Urgency.LOW)));
        var orders = new RoutingSettings.ClassifierRoutes(null, Map.of("CREDIT_HOLD", "credit"), null);
        return new RoutingSettings("ar-general", "triage", Urgency.NORMAL, "EUR", null,
                Map.of("deduction-reason", deductions, "order-exception", orders), rules);
    }

    static UrgencyRule amountRule(String name, Urgency urgency, Map<String, BigDecimal> min) {
        return new UrgencyRule(name, urgency, null, null, min, null, null, null, null);
    }

    static Router router(List<UrgencyRule> rules) {
        return Router.of(settings(rules), LABELS, TODAY);
    }

    @Test
    void theQueueFollowsTheLabelThenTheClassifierDefaultThenTheGlobalDefault() {
        Router router = router(List.of());
        assertThat(router.route("deduction-reason", "PROMOTION", Map.of()).queue()).isEqualTo("pricing");
        assertThat(router.route("deduction-reason", "DAMAGED", Map.of()).queue()).isEqualTo("claims");
        assertThat(router.route("deduction-reason", "UNKNOWN", Map.of()).queue()).isEqualTo("deductions");
        assertThat(router.route("order-exception", "CREDIT_HOLD", Map.of()).queue()).isEqualTo("credit");
        Route fallback = router.route("order-exception", "UNKNOWN_ITEM", Map.of());
        assertThat(fallback.queue()).isEqualTo("ar-general");
        assertThat(fallback.urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(fallback.why()).isEqualTo("UNKNOWN_ITEM → ar-general (default); urgency NORMAL (default, no rule matched)");
    }

    @Test
    void needsReviewGoesToTriageEvenForACustomerWithItsOwnQueue() {
        Route route = router(List.of()).route("deduction-reason", Classification.NEEDS_REVIEW, Map.of("customer_id", "C-KEY"));
        assertThat(route.queue()).isEqualTo("triage");
        assertThat(route.why()).startsWith("NEEDS_REVIEW → triage (triage)");
        // the customer's urgency floor still holds: a key account's unclear deduction is not left lying
        assertThat(route.urgency()).isEqualTo(Urgency.HIGH);
    }

    @Test
    void customerOverridesWinOverTheLabelTable() {
        Router router = router(List.of());
        Route pricing = router.route("deduction-reason", "PRICING", Map.of("customer_id", "C-KEY"));
        assertThat(pricing.queue()).isEqualTo("key-accounts");
        assertThat(pricing.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(pricing.why()).contains("(customer C-KEY)", "raised to HIGH for customer C-KEY");
        assertThat(router.route("deduction-reason", "TAX", Map.of("customer_id", "C-KEY")).queue()).isEqualTo("key-accounts-tax");
        // an override for one classifier does not leak into another
        assertThat(router.route("order-exception", "CREDIT_HOLD", Map.of("customer_id", "C-KEY")).queue()).isEqualTo("credit");
        // a floor below the computed urgency does not lower it; a customer without a queue keeps the label's
        Route low = router.route("deduction-reason", "DAMAGED", Map.of("customer_id", "C-LOW"));
        assertThat(low.queue()).isEqualTo("claims");
        assertThat(low.urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(router.route("deduction-reason", "PRICING", Map.of("customer_id", "C-OTHER")).queue()).isEqualTo("pricing");
    }

    @Test
    void amountsCompareAsExactDecimalsInTheirOwnCurrency() {
        Router router = router(List.of(amountRule("large amount", Urgency.HIGH,
                Map.of("EUR", new BigDecimal("10000.00"), "JPY", new BigDecimal("1500000")))));
        // one cent under the threshold does not match; exactly the threshold does (no binary fractions)
        assertThat(router.route("deduction-reason", "DAMAGED", Map.of("amount", "9999.99", "currency", "EUR")).urgency())
                .isEqualTo(Urgency.NORMAL);
        Route at = router.route("deduction-reason", "DAMAGED", Map.of("amount", "10000.00", "currency", "EUR"));
        assertThat(at.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(at.why()).contains("urgency HIGH by rule 'large amount' (10000.00 EUR ≥ 10000.00 EUR)");
        // 0.1 + 0.2 style sums are exact: 9999.90 + 0.10 is the threshold
        assertThat(router.route("deduction-reason", "DAMAGED",
                Map.of("amount", new BigDecimal("9999.90").add(new BigDecimal("0.10")).toPlainString())).urgency())
                .isEqualTo(Urgency.HIGH);
        // real-world formats and a currency named in the amount; the size counts, not the sign
        assertThat(router.route("deduction-reason", "DAMAGED", Map.of("amount", "(12.500,00) €")).urgency()).isEqualTo(Urgency.HIGH);
        assertThat(router.route("deduction-reason", "DAMAGED", Map.of("amount", "-10000.00")).urgency()).isEqualTo(Urgency.HIGH);
        assertThat(router.route("deduction-reason", "DAMAGED", Map.of("amount", "1500000", "currency", "JPY")).urgency())
                .isEqualTo(Urgency.HIGH);
        // no threshold for USD: no exchange rate is guessed
        assertThat(router.route("deduction-reason", "DAMAGED", Map.of("amount", "99999.00", "currency", "USD")).urgency())
                .isEqualTo(Urgency.NORMAL);
    }

    @Test
    void theMostUrgentMatchingRuleDecidesAndLowerRulesApplyWhenAloneMatching() {
        List<UrgencyRule> rules = List.of(
                new UrgencyRule("small deduction", Urgency.LOW, List.of("deduction-reason"), null,
                        null, Map.of("EUR", new BigDecimal("50.00")), null, null, null),
                amountRule("large amount", Urgency.HIGH, Map.of("EUR", new BigDecimal("10000"))),
                new UrgencyRule("key account", Urgency.HIGH, null, null, null, null, List.of("KEY", "STRATEGIC"), null, null),
                new UrgencyRule("due soon", Urgency.URGENT, null, List.of("PRICING", "NEEDS_REVIEW"), null, null, null, 3, null),
                new UrgencyRule("ships tomorrow", Urgency.URGENT, List.of("order-exception"), null, null, null, null, null, 1));
        Router router = router(rules);
        // a small deduction alone is LOW (small-balance write-off); 50.01 is not small; no amount is not small
        assertThat(router.route("deduction-reason", "DAMAGED", Map.of("amount", "50.00")).urgency()).isEqualTo(Urgency.LOW);
        assertThat(router.route("deduction-reason", "DAMAGED", Map.of("amount", "50.01")).urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(router.route("deduction-reason", "DAMAGED", Map.of()).urgency()).isEqualTo(Urgency.NORMAL);
        // small but a key account: the more urgent rule decides
        assertThat(router.route("deduction-reason", "DAMAGED", Map.of("amount", "12.00", "customer_tier", "Strategic")).urgency())
                .isEqualTo(Urgency.HIGH);
        Route both = router.route("deduction-reason", "DAMAGED", Map.of("amount", "20000", "customer_tier", "key"));
        assertThat(both.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(both.why()).contains("'large amount' (20000.00 EUR ≥ 10000.00 EUR)", "'key account' (tier KEY)");
        // due in 3 days (and overdue) is urgent for PRICING, not for DAMAGED (label-scoped)
        assertThat(router.route("deduction-reason", "PRICING", Map.of("due_date", "2026-11-26")).why())
                .contains("urgency URGENT by rule 'due soon' (due in 3 days)");
        assertThat(router.route("deduction-reason", "PRICING", Map.of("due_date", "2026-11-20")).why()).contains("due 3 days ago");
        assertThat(router.route("deduction-reason", "PRICING", Map.of("due_date", "2026-11-27")).urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(router.route("deduction-reason", "DAMAGED", Map.of("due_date", "2026-11-24")).urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(router.route("order-exception", "PRICE_MISMATCH", Map.of("ship_date", "2026-11-24")).urgency())
                .isEqualTo(Urgency.URGENT);
        assertThat(router.route("order-exception", "PRICE_MISMATCH", Map.of("ship_date", "2026-11-26")).urgency())
                .isEqualTo(Urgency.NORMAL);
    }

    @Test
    void unreadableContextIsNotedAndIgnoredNeverAFailure() {
        Router router = router(List.of(amountRule("large amount", Urgency.HIGH, Map.of("EUR", new BigDecimal("10000"))),
                new UrgencyRule("due soon", Urgency.URGENT, null, null, null, null, null, 3, null)));
        Route route = router.route("deduction-reason", "DAMAGED",
                Map.of("amount", "lots", "due_date", "26/11/2026", "customer_id", " "));
        assertThat(route.queue()).isEqualTo("claims");
        assertThat(route.urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(route.why()).contains("ignored: amount 'lots' unreadable", "due_date '26/11/2026' is not a yyyy-MM-dd date");
        assertThat(router.route("deduction-reason", "DAMAGED", Map.of("amount", "20000", "currency", "EURO")).why())
                .contains("currency 'EURO' unknown");
        assertThat(router.route("deduction-reason", "DAMAGED", Map.of("amount", "USD 20000", "currency", "EUR")).why())
                .contains("is not in currency EUR");
        // a huge value is not echoed back whole
        Route huge = router.route("deduction-reason", "DAMAGED", Map.of("amount", "9".repeat(50_000) + "x"));
        assertThat(huge.urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(huge.why()).hasSizeLessThan(200).contains("ignored: amount '" + "9".repeat(40) + "…' unreadable");
        // without a default currency an amount needs one
        Router noDefault = Router.of(new RoutingSettings("q", null, null, null, null, null,
                List.of(amountRule("large", Urgency.HIGH, Map.of("EUR", BigDecimal.ONE)))), LABELS, TODAY);
        assertThat(noDefault.route("deduction-reason", "TAX", Map.of("amount", "20000")).why()).contains("without a currency");
    }
}
