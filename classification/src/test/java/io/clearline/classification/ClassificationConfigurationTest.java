package io.clearline.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClassificationConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ClassificationConfiguration.class);

    @Test
    void bindsVersionsThresholdsAndCustomerCodes() {
        runner.withPropertyValues("clearline.classification.top-k=2",
                "clearline.classification.classifiers.reasons.model=deduction-reason",
                "clearline.classification.classifiers.reasons.version=2026.11.23-1",
                "clearline.classification.classifiers.reasons.thresholds.PRICING=0.95",
                "clearline.classification.classifiers.reasons.customer-codes.C-1001.PRICING=PD-04")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    ClassificationProperties p = context.getBean(ClassificationProperties.class);
                    assertThat(p.topK()).isEqualTo(2);
                    assertThat(p.maxBatchSize()).isEqualTo(1000);
                    assertThat(p.classifiers().get("reasons").thresholds()).containsEntry("PRICING", 0.95);
                    Classifiers classifiers = context.getBean(Classifiers.class);
                    assertThat(classifiers.names()).containsExactly("reasons");
                    Classification c = classifiers.classify("reasons", new ClassificationRequest(
                            "price difference, billed above agreed price", java.util.Map.of("customer_id", "C-1001")));
                    assertThat(c.model().version()).isEqualTo("2026.11.23-1");
                    assertThat(c.topK()).hasSize(2);
                    assertThat(c.customerCode()).isEqualTo(c.predictedLabel().equals("PRICING") ? "PD-04" : null);
                });
    }

    @Test
    void refusesInvalidSettingsAtStartup() {
        runner.withPropertyValues("clearline.classification.top-k=50").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("clearline.classification.classifiers.reasons.version=no-such-version")
                .run(context -> assertThat(context).hasFailed());
    }
}
