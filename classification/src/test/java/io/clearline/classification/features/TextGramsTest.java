package io.clearline.classification.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.model.ModelArtifacts;
import io.clearline.classification.model.ModelFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Serving's featurizer gives exactly (bit for bit) the vectors of the frozen reference that trained the models. */
class TextGramsTest {

    private static final List<String> TEXTS = GeneratedTexts.generate(7, 2000);
    private static final String[] SIGNALS = {"PO_SEEN_BEFORE", "credit_limit_exceeded", " QTY_OUTLIER ; price_delta",
        "ITEM_NOT_FOUND,ITEM_NOT_FOUND", "unknown_signal", "", ",, ;", "ship_to_invalid\tPO_SEEN_BEFORE"};

    @Test
    void theShippedVocabulariesGiveTheReferenceVectors() {
        for (String name : List.of("deduction-reason", "order-exception", "document-type")) {
            ModelArtifacts a = ModelFiles.fromClasspath(name, "current");
            assertSameAsReference(a.featurizer(), a.features(), 3);
        }
    }

    @Test
    void aVocabularyOfEveryKindOfGramGivesTheReferenceVectors() {
        // the shipped vocabularies hold few non-Latin grams; this one holds every other gram the texts have
        FeaturizerSpec spec = FeaturizerSpec.defaults(300, List.of("rule_signals"));
        ReferenceFeaturizer reference = new ReferenceFeaturizer(spec);
        Set<String> all = new HashSet<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            all.addAll(reference.counts(TEXTS.get(i), context(i)).keySet());
        }
        List<String> kept = all.stream().filter(f -> (f.hashCode() & 1) == 0).toList();
        assertThat(kept).anyMatch(f -> f.startsWith("c:") && f.chars().anyMatch(c -> c > 0x250))
                .anyMatch(f -> f.startsWith("x:")).anyMatch(f -> f.startsWith("w2:"));
        assertSameAsReference(spec, kept, 1);
        FeaturizerSpec trigrams = new FeaturizerSpec(1, 3, 2, 4, 120, List.of("rule_signals"));
        List<String> grams = new ArrayList<>();
        TEXTS.forEach(t -> grams.addAll(new ReferenceFeaturizer(trigrams).counts(t, Map.of()).keySet()));
        assertSameAsReference(trigrams, grams.stream().distinct().toList(), 2);
    }

    @Test
    void theFeaturizerItselfStillMatchesTheReference() {
        FeaturizerSpec spec = FeaturizerSpec.defaults(1000, List.of("rule_signals"));
        for (int i = 0; i < TEXTS.size(); i += 5) {
            assertThat(new Featurizer(spec).counts(TEXTS.get(i), context(i)))
                    .isEqualTo(new ReferenceFeaturizer(spec).counts(TEXTS.get(i), context(i)));
        }
    }

    private static void assertSameAsReference(FeaturizerSpec spec, List<String> features, int step) {
        Vocabulary vocabulary = Vocabulary.of(features);
        Set<String> known = Set.copyOf(features);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            columns.put(features.get(i), i);
        }
        ReferenceFeaturizer reference = new ReferenceFeaturizer(spec);
        Featurizer featurizer = new Featurizer(spec);
        int nonEmpty = 0;
        for (int i = 0; i < TEXTS.size(); i += step) {
            String text = TEXTS.get(i);
            FeatureVector expected = reference.vectorize(text, context(i), known::contains);
            IndexedFeatures actual = featurizer.vectorize(text, context(i), vocabulary);
            assertThat(actual.vector()).as("text %d: %s", i, text).isEqualTo(expected);
            for (int k = 0; k < actual.size(); k++) {
                assertThat(actual.columns()[k]).isEqualTo(columns.get(expected.names()[k]));
            }
            nonEmpty += expected.size() > 0 ? 1 : 0;
        }
        assertThat(nonEmpty).isGreaterThan(TEXTS.size() / step / 2);
        assertThat(featurizer.vectorize(null, null, vocabulary).size()).isZero();
    }

    private static Map<String, String> context(int i) {
        if (i % 3 == 0) {
            return Map.of();
        }
        Random random = new Random(i);
        return Map.of("rule_signals", SIGNALS[random.nextInt(SIGNALS.length)], "customer_id", "C-" + i);
    }
}
