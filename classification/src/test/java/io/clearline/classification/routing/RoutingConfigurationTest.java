package io.clearline.classification.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.Classification;
import io.clearline.classification.ClassificationConfiguration;
import io.clearline.classification.ClassificationProperties;
import io.clearline.classification.ClassificationRequest;
import io.clearline.classification.Classifiers;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Routing bound from properties onto the shipped deduction-reason model, and refused at start when wrong. */
class RoutingConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ClassificationConfiguration.class)
            .withPropertyValues("clearline.classification.classifiers.deduction-reason.version=current");

    @Test
    void everyAnswerCarriesTheConfiguredRoute() {
        runner.withPropertyValues("clearline.classification.routing.default-queue=ar-general",
                "clearline.classification.routing.default-currency=EUR",
                "clearline.classification.routing.classifiers.deduction-reason.queues.DAMAGED=claims",
                "clearline.classification.routing.classifiers.deduction-reason.customers.C-1001.queue=key-accounts",
                "clearline.classification.routing.classifiers.deduction-reason.customers.C-1001.min-urgency=HIGH",
                "clearline.classification.routing.urgency-rules[0].name=large amount",
                "clearline.classification.routing.urgency-rules[0].urgency=URGENT",
                "clearline.classification.routing.urgency-rules[0].min-amount.EUR=10000.10")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    RoutingSettings routing = context.getBean(ClassificationProperties.class).routing();
                    assertThat(routing.urgencyRules().get(0).minAmount()).containsEntry("EUR", new BigDecimal("10000.10"));
                    Classifiers classifiers = context.getBean(Classifiers.class);
                    String memo = "INV 4711 short paid - goods arrived damaged, carton crushed";
                    Classification plain = classifiers.classify("deduction-reason",
                            new ClassificationRequest(memo, Map.of("amount", "10000.09")));
                    assertThat(plain.label()).isEqualTo("DAMAGED");
                    assertThat(plain.route().queue()).isEqualTo("claims");
                    assertThat(plain.route().urgency()).isEqualTo(Urgency.NORMAL);
                    Classification key = classifiers.classify("deduction-reason",
                            new ClassificationRequest(memo, Map.of("customer_id", "C-1001", "amount", "10000.10")));
                    assertThat(key.route()).isEqualTo(new Route("key-accounts", Urgency.URGENT,
                            "DAMAGED → key-accounts (customer C-1001); urgency URGENT by rule 'large amount'"
                                    + " (10000.10 EUR ≥ 10000.10 EUR)"));
                    // the batch form routes each item by its own context
                    assertThat(classifiers.classifyBatch("deduction-reason", java.util.List.of(
                            new ClassificationRequest(memo, Map.of("amount", "5.00")), ClassificationRequest.of(""))))
                            .extracting(c -> c.route().queue()).containsExactly("claims", "triage");
                });
    }

    @Test
    void withoutRoutingEverythingGoesToTriage() {
        runner.run(context -> {
            Classification c = context.getBean(Classifiers.class).classify("deduction-reason",
                    ClassificationRequest.of("goods arrived damaged"));
            assertThat(c.route().queue()).isEqualTo("triage");
        });
    }

    @Test
    void anUnknownLabelOrAMissingDefaultQueueStopsTheStart() {
        runner.withPropertyValues("clearline.classification.routing.default-queue=ar-general",
                "clearline.classification.routing.classifiers.deduction-reason.queues.DAMAGE=claims")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(InvalidRoutingException.class)
                        .hasMessageContaining("classifiers.deduction-reason.queues: 'DAMAGE' is not a label of deduction-reason"));
        runner.withPropertyValues("clearline.classification.routing.triage-queue=triage",
                "clearline.classification.routing.classifiers.deduction-reason.queues.DAMAGED=claims")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("routing.defaultQueue"));
        runner.withPropertyValues("clearline.classification.routing.default-queue=ar-general",
                "clearline.classification.routing.urgency-rules[0].name=x",
                "clearline.classification.routing.urgency-rules[0].urgency=SOON")
                .run(context -> assertThat(context).hasFailed());
    }
}
