package io.clearline.classification.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.Classification;
import io.clearline.classification.ClassificationProperties;
import io.clearline.classification.ClassificationRequest;
import io.clearline.classification.Classifiers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The versions the models module ships load from the classpath and answer plain cases. */
class ShippedModelsTest {

    @Test
    void theShippedVersionsLoadAndAnswer() {
        try (Classifiers classifiers = Classifiers.fromClasspath(ClassificationProperties.defaultsOnly())) {
            assertThat(classifiers.names()).containsExactlyInAnyOrder("deduction-reason", "order-exception", "document-type");
            Classification reason = classifiers.classify("deduction-reason",
                    ClassificationRequest.of("Short pay: damaged goods received, 12 cases broken"));
            assertThat(reason.predictedLabel()).isEqualTo("DAMAGED");
            assertThat(reason.model().name()).isEqualTo("deduction-reason");
            assertThat(reason.model().version()).isEqualTo(ModelFiles.fromClasspath("deduction-reason", "current").version());

            Classification order = classifiers.classify("order-exception", new ClassificationRequest(
                    "customer over credit limit, hold order", Map.of("rule_signals", "CREDIT_LIMIT_EXCEEDED")));
            assertThat(order.predictedLabel()).isEqualTo("CREDIT_HOLD");

            Classification doc = classifiers.classify("document-type", ClassificationRequest.of(
                    "INVOICE\nInvoice No: 4711\nBill To: Acme\nTotal Due 1,200.00\nPayment terms: Net 30"));
            assertThat(doc.predictedLabel()).isEqualTo("INVOICE");
        }
    }

    @Test
    void eachShippedVersionCarriesItsSideFiles() {
        for (String name : new String[] {"deduction-reason", "order-exception", "document-type"}) {
            ModelArtifacts a = ModelFiles.fromClasspath(name, "current");
            assertThat(a.labels()).isNotEmpty();
            assertThat(a.thresholds()).containsOnlyKeys(a.labels());
            assertThat(a.metrics()).containsKeys("macro_f1", "accuracy", "ece");
            assertThat(LinearWeights.fromOnnx(a.onnx(), a.features().size(), a.labels().size())).isNotNull();
        }
    }

    @Test
    void eachModelPinsABaselineVersionThatShips() throws java.io.IOException {
        for (String name : new String[] {"deduction-reason", "order-exception", "document-type"}) {
            try (var in = getClass().getClassLoader().getResourceAsStream("models/" + name + "/BASELINE")) {
                assertThat(in).as(name + "/BASELINE").isNotNull();
                String baseline = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
                assertThat(ModelFiles.fromClasspath(name, baseline).version()).isEqualTo(baseline);
            }
        }
    }

    @Test
    void orderExceptionsCombineTheRuleSignalsWithTheText() {
        String neutral = "Hi, please check order 4711 from Contoso. Thanks";
        try (Classifiers classifiers = Classifiers.fromClasspath(ClassificationProperties.defaultsOnly())) {
            Map<String, String> expected = Map.of("PO_SEEN_BEFORE", "DUPLICATE_ORDER",
                    "CREDIT_LIMIT_EXCEEDED", "CREDIT_HOLD", "QTY_OUTLIER", "QUANTITY_ANOMALY");
            expected.forEach((signal, label) -> {
                Classification c = classifiers.classify("order-exception",
                        new ClassificationRequest(neutral, Map.of("rule_signals", signal)));
                assertThat(c.predictedLabel()).isEqualTo(label);
                assertThat(c.topFeatures().get(0).feature()).isEqualTo("x:rule_signals=" + signal);
            });
            // nothing in the text and no rule fired: no basis for an answer
            assertThat(classifiers.classify("order-exception", ClassificationRequest.of(neutral)).needsReview()).isTrue();
        }
    }
}
