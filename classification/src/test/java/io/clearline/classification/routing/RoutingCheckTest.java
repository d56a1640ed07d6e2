package io.clearline.classification.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A routing configuration that names what does not exist is refused, with every problem named. */
class RoutingCheckTest {

    private static InvalidRoutingException refused(RoutingSettings settings) {
        try {
            Router.of(settings, RouterTest.LABELS, RouterTest.TODAY);
        } catch (InvalidRoutingException e) {
            return e;
        }
        throw new AssertionError("accepted: " + settings);
    }

    @Test
    void theTestSettingsAreValid() {
        assertThat(Router.of(RouterTest.settings(List.of()), RouterTest.LABELS, RouterTest.TODAY)).isNotNull();
        assertThat(Router.of(RoutingSettings.unconfigured(), RouterTest.LABELS).route("order-exception", "CREDIT_HOLD",
                Map.of()).queue()).isEqualTo("triage");
    }

    @Test
    void aMissingDefaultQueueIsRefused() {
        assertThatThrownBy(() -> Router.of(new RoutingSettings(null, "triage", null, null, null, null, null),
                RouterTest.LABELS)).isInstanceOf(InvalidRoutingException.class)
                .hasMessageContaining("clearline.classification.routing is invalid: default-queue is missing");
        assertThat(refused(new RoutingSettings(" ", null, null, null, null, null, null)).problems()).hasSize(1);
    }

    @Test
    void unknownLabelsClassifiersCurrenciesAndZonesAreAllNamed() {
        var typo = new RoutingSettings.ClassifierRoutes(null, Map.of("PRICNG", "pricing"),
                Map.of("C-1", new RoutingSettings.CustomerRoutes(null, Map.of("CREDIT_HOLD", "credit"), null)));
        var rules = List.of(
                new UrgencyRule("x", Urgency.HIGH, List.of("dispute-reason"), null, null, null, null, null, null),
                new UrgencyRule("y", Urgency.HIGH, List.of("deduction-reason"), List.of("CREDIT_HOLD", "NEEDS_REVIEW"),
                        Map.of("EURO", BigDecimal.TEN, "USD", new BigDecimal("-1")), Map.of("GBP", new BigDecimal("-0.01")),
                        null, null, null),
                new UrgencyRule("z", null, null, null, null, null, null, null, null));
        InvalidRoutingException e = refused(new RoutingSettings("ar", null, null, "XYZ", "Mars/Olympus",
                Map.of("deduction-reason", typo, "routing-model", new RoutingSettings.ClassifierRoutes("q", null, null)),
                rules));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "default-currency: 'XYZ' is not an ISO 4217 currency code",
                "time-zone 'Mars/Olympus' is not a time zone",
                "classifiers.deduction-reason.queues: 'PRICNG' is not a label of deduction-reason (labels: "
                        + RouterTest.LABELS.get("deduction-reason") + "; NEEDS_REVIEW goes to triage-queue)",
                "classifiers.deduction-reason.customers.C-1.queues: 'CREDIT_HOLD' is not a label of deduction-reason (labels: "
                        + RouterTest.LABELS.get("deduction-reason") + "; NEEDS_REVIEW goes to triage-queue)",
                "classifiers.routing-model: no classifier 'routing-model' is served (served: " + RouterTest.LABELS.keySet() + ")",
                "urgency-rules[0].classifiers: no classifier 'dispute-reason' is served",
                "urgency-rules[1].labels: 'CREDIT_HOLD' is not a label of [deduction-reason]",
                "urgency-rules[1].min-amount: 'EURO' is not an ISO 4217 currency code",
                "urgency-rules[1].min-amount.USD must be a non-negative amount",
                "urgency-rules[1].max-amount.GBP must be a non-negative amount",
                "urgency-rules[2].urgency is missing (one of LOW, NORMAL, HIGH, URGENT)");
    }

    @Test
    void blankQueuesAreRefused() {
        var blank = new RoutingSettings.ClassifierRoutes(" ", Map.of("TAX", " "),
                Map.of("C-1", new RoutingSettings.CustomerRoutes("", null, null)));
        assertThat(refused(new RoutingSettings("ar", null, null, null, null, Map.of("deduction-reason", blank), null))
                .problems()).containsExactlyInAnyOrder("classifiers.deduction-reason.default-queue is blank",
                "classifiers.deduction-reason.queues.TAX names no queue",
                "classifiers.deduction-reason.customers.C-1.queue is blank");
    }
}
