package io.clearline.classification.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.model.ModelArtifacts;
import io.clearline.classification.model.ModelFiles;
import io.clearline.trainingdata.text.LabelledText;
import io.clearline.trainingdata.text.Partition;
import io.clearline.trainingdata.text.TextSets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Serving's featurizer gives the frozen reference's vectors (names, values bit for bit, columns) on the
 * texts the models learn from and are evaluated on: training-data's generators for all three
 * classifiers, every partition, several languages, with their noise (typos, OCR errors, case). Four
 * threads at once, so the per-thread scratch of one text never leaks into another's.
 */
class GeneratorTextsFeaturesTest {

    private static final int PER_PARTITION = 700;

    @Test
    void theGeneratorsTextsGetTheReferenceVectorsWithEveryShippedVocabulary() throws Exception {
        for (String name : TextSets.NAMES) {
            List<LabelledText> texts = new ArrayList<>();
            for (Partition p : Partition.values()) {
                texts.addAll(TextSets.generate(name, 20261207L + p.ordinal(), PER_PARTITION, p));
            }
            Set<String> languages = texts.stream().map(LabelledText::language).collect(Collectors.toSet());
            assertThat(languages).as(name).hasSizeGreaterThanOrEqualTo(2);

            ModelArtifacts a = ModelFiles.fromClasspath(name, "current");
            Vocabulary vocabulary = Vocabulary.of(a.features());
            Set<String> known = Set.copyOf(a.features());
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < a.features().size(); i++) {
                columns.put(a.features().get(i), i);
            }
            Featurizer featurizer = new Featurizer(a.featurizer());
            ReferenceFeaturizer reference = new ReferenceFeaturizer(a.featurizer());
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> checked = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int first = t;
                    checked.add(threads.submit(() -> {
                        int nonEmpty = 0;
                        for (int i = first; i < texts.size(); i += 4) {
                            LabelledText text = texts.get(i);
                            FeatureVector expected = reference.vectorize(text.text(), text.context(), known::contains);
                            IndexedFeatures actual = featurizer.vectorize(text.text(), text.context(), vocabulary);
                            assertThat(actual.vector()).as("%s %d: %s", name, i, text.text()).isEqualTo(expected);
                            assertThat(actual.values()).isEqualTo(expected.values());
                            for (int k = 0; k < actual.size(); k++) {
                                assertThat(actual.columns()[k]).isEqualTo(columns.get(expected.names()[k]));
                                assertThat(actual.name(k)).isEqualTo(expected.names()[k]);
                            }
                            nonEmpty += expected.size() > 0 ? 1 : 0;
                        }
                        return nonEmpty;
                    }));
                }
                int nonEmpty = 0;
                for (Future<Integer> f : checked) {
                    nonEmpty += f.get();
                }
                assertThat(nonEmpty).as(name).isGreaterThan(texts.size() * 9 / 10);
            } finally {
                threads.shutdown();
            }
        }
    }
}
