package io.clearline.classification.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.clearline.classification.Classification;
import io.clearline.classification.Classification.WeightedFeature;
import io.clearline.classification.ClassificationProperties;
import io.clearline.classification.ClassificationRequest;
import io.clearline.classification.Classifiers;
import io.clearline.classification.features.FeatureVector;
import io.clearline.classification.features.GeneratedTexts;
import io.clearline.classification.features.ReferenceFeaturizer;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Serving scores exactly (bit for bit) what the plain way scores: the reference featurizer, then for a
 * dense graph one dense heap row per text, all rows in one graph run, for a sparse graph
 * ({@link SparseGraph}) one run per text on heap tensors of its columns and values. Holds for single
 * texts and for batches, and for the explanation (top features) of every answer; for the shipped
 * versions (sparse) and the dense versions they were repacked from.
 */
class OnnxModelParityTest {

    private static final List<String> TEXTS = GeneratedTexts.generate(11, 150);

    /** The dense versions the shipped sparse ones were repacked from (SparseRepack). */
    static final Map<String, String> DENSE = Map.of("deduction-reason", "2026.12.07-svmavg80k-xfit3",
            "order-exception", "2026.11.23-1711", "document-type", "2026.11.23-5");

    @Test
    void scoresAreBitForBitThoseOfTheReferencePath() throws OrtException {
        for (String name : List.of("deduction-reason", "order-exception", "document-type")) {
            assertSameAsReferencePath(name, ModelFiles.fromClasspath(name, "current"), true);
            assertSameAsReferencePath(name, ModelFiles.fromClasspath(name, DENSE.get(name)), false);
        }
    }

    private static void assertSameAsReferencePath(String name, ModelArtifacts a, boolean sparse) throws OrtException {
        List<Map<String, String>> contexts = TEXTS.stream()
                .map(t -> t.length() % 2 == 0 ? Map.of("rule_signals", "PO_SEEN_BEFORE") : Map.<String, String>of())
                .toList();
        float[][] expected = referenceScores(a, contexts);
        try (OnnxModel model = new OnnxModel(a)) {
            assertThat(model.sparse()).as("%s %s", name, a.version()).isEqualTo(sparse);
            List<OnnxModel.Scored> batch = model.score(TEXTS, contexts);
            for (int i = 0; i < TEXTS.size(); i++) {
                assertThat(batch.get(i).raw()).as("%s text %d", name, i).isEqualTo(expected[i]);
                assertThat(batch.get(i).probabilities()).isEqualTo(a.calibration().apply(expected[i]));
                if (i % 5 == 0) {
                    assertThat(model.score(List.of(TEXTS.get(i)), List.of(contexts.get(i))).get(0).raw())
                            .isEqualTo(expected[i]);
                }
            }
        }
    }

    @Test
    void topFeaturesAreTheHeaviestPositiveOnesInStableOrder() {
        ModelArtifacts a = ModelFiles.fromClasspath("deduction-reason", "current");
        LinearWeights weights = LinearWeights.fromOnnx(a.onnx(), a.features().size(), a.labels().size());
        ReferenceFeaturizer reference = new ReferenceFeaturizer(a.featurizer(), a.lexicon());
        Set<String> known = Set.copyOf(a.features());
        try (Classifiers classifiers = Classifiers.fromClasspath(ClassificationProperties.defaultsOnly())) {
            int explained = 0;
            for (String text : TEXTS) {
                Classification c = classifiers.classify("deduction-reason", ClassificationRequest.of(text));
                FeatureVector v = reference.vectorize(text, Map.of(), known::contains);
                int label = a.labels().indexOf(c.predictedLabel());
                List<WeightedFeature> all = new ArrayList<>();
                for (int k = 0; k < v.size(); k++) {
                    double w = weights.weight(a.features().indexOf(v.names()[k]), label) * v.values()[k];
                    if (w > 0) {
                        all.add(new WeightedFeature(v.names()[k], w));
                    }
                }
                all.sort(Comparator.comparingDouble(f -> -f.weight()));
                assertThat(c.topFeatures()).isEqualTo(all.subList(0, Math.min(5, all.size())));
                explained += c.topFeatures().isEmpty() ? 0 : 1;
            }
            assertThat(explained).isGreaterThan(TEXTS.size() / 2);
        }
    }

    private static float[][] referenceScores(ModelArtifacts a, List<Map<String, String>> contexts) throws OrtException {
        ReferenceFeaturizer reference = new ReferenceFeaturizer(a.featurizer(), a.lexicon());
        Set<String> known = Set.copyOf(a.features());
        if (SparseGraph.isSparse(a.onnx())) {
            return sparseReferenceScores(a, contexts, reference, known);
        }
        int width = a.features().size();
        float[] dense = new float[TEXTS.size() * width];
        for (int r = 0; r < TEXTS.size(); r++) {
            FeatureVector v = reference.vectorize(TEXTS.get(r), contexts.get(r), known::contains);
            for (int k = 0; k < v.size(); k++) {
                dense[r * width + a.features().indexOf(v.names()[k])] = (float) v.values()[k];
            }
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        try (OrtSession session = env.createSession(a.onnx(), options);
                OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(dense), new long[] {TEXTS.size(), width});
                OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), input))) {
            return (float[][]) result.get(0).getValue();
        }
    }

    private static float[][] sparseReferenceScores(ModelArtifacts a, List<Map<String, String>> contexts,
            ReferenceFeaturizer reference, Set<String> known) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        float[][] out = new float[TEXTS.size()][];
        try (OrtSession session = env.createSession(a.onnx(), new OrtSession.SessionOptions())) {
            for (int r = 0; r < TEXTS.size(); r++) {
                FeatureVector v = reference.vectorize(TEXTS.get(r), contexts.get(r), known::contains);
                // no known feature: one zero entry, which scores the bias as the dense zero row does
                long[] columns = new long[Math.max(1, v.size())];
                float[] values = new float[columns.length];
                for (int k = 0; k < v.size(); k++) {
                    columns[k] = a.features().indexOf(v.names()[k]);
                    values[k] = (float) v.values()[k];
                }
                try (OnnxTensor c = OnnxTensor.createTensor(env, LongBuffer.wrap(columns), new long[] {columns.length});
                        OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(values), new long[] {1, values.length});
                        OrtSession.Result result = session.run(Map.of(SparseGraph.COLUMNS, c, SparseGraph.VALUES, x))) {
                    out[r] = ((float[][]) result.get(0).getValue())[0];
                }
            }
        }
        return out;
    }
}
