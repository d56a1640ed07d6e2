package io.clearline.classification.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeaturizerTest {

    private final FeaturizerSpec spec = FeaturizerSpec.defaults(200, List.of("rule_signals"));

    @Test
    void sameInputGivesTheSameVectorAcrossInstances() {
        String text = "Short paid INV 4711: Menge fehlt, Ware beschädigt";
        FeatureVector a = new Featurizer(spec).vectorize(text, Map.of("rule_signals", "QTY_OUTLIER"), n -> true);
        FeatureVector b = new Featurizer(spec).vectorize(text, Map.of("rule_signals", "QTY_OUTLIER"), n -> true);
        assertThat(a).isEqualTo(b);
        assertThat(a.names()).isSorted();
    }

    @Test
    void foldsCaseAccentsAndDigitRuns() {
        Featurizer f = new Featurizer(spec);
        assertThat(f.counts("BESCHÄDIGT Rg 123456", Map.of()))
                .isEqualTo(f.counts("beschadigt rg 9", Map.of()));
        assertThat(f.counts("Straße", Map.of())).containsKey("w:strasse");
    }

    @Test
    void textFeaturesHaveUnitLengthAndContextTokensWeighOne() {
        FeatureVector v = new Featurizer(spec).vectorize("price difference on invoice",
                Map.of("rule_signals", "price_delta, ITEM_NOT_FOUND", "ignored", "x"), n -> true);
        double norm = 0;
        for (int i = 0; i < v.size(); i++) {
            if (v.names()[i].startsWith("x:")) {
                assertThat(v.values()[i]).isEqualTo(1.0);
            } else {
                norm += v.values()[i] * v.values()[i];
            }
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(v.names()).contains("x:rule_signals=PRICE_DELTA", "x:rule_signals=ITEM_NOT_FOUND", "w:price",
                "w2:price_difference", "c: pr").noneMatch(n -> n.startsWith("x:ignored"));
    }

    @Test
    void vocabularyRestrictsAndRenormalises() {
        FeatureVector v = new Featurizer(spec).vectorize("damaged goods", Map.of(), n -> n.equals("w:damaged"));
        assertThat(v.names()).containsExactly("w:damaged");
        assertThat(v.values()).containsExactly(1.0);
    }

    @Test
    void emptyAndLongTextsAreHandled() {
        Featurizer f = new Featurizer(spec);
        assertThat(f.vectorize("", Map.of(), n -> true).size()).isZero();
        assertThat(f.vectorize(null, null, n -> true).size()).isZero();
        String longText = "freight ".repeat(100) + "damaged";
        assertThat(f.counts(longText, Map.of())).doesNotContainKey("w:damaged");
    }
}
