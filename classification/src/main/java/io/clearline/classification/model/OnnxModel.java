package io.clearline.classification.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.clearline.classification.features.FeatureVector;
import io.clearline.classification.features.Featurizer;
import io.clearline.classification.features.IndexedFeatures;
import io.clearline.classification.features.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A model version served by ONNX Runtime: featurizes with the shipped settings, lays the features
 * out by the shipped column map, runs the graph and calibrates its output. The graph is either
 * Tribuo's dense export ({@link DenseRows}) or its sparse form ({@link SparseGraph}, {@link SparseRows});
 * its inputs tell which.
 */
public final class OnnxModel implements AutoCloseable {

    /** What one text scored: the raw graph output, calibrated probabilities in label order, its features. */
    public record Scored(float[] raw, double[] probabilities, IndexedFeatures indexed) {

        public FeatureVector features() {
            return indexed.vector();
        }
    }

    /** Rows per graph run of a dense graph: bounds the input buffer a batch needs (a row's output does not depend on it). */
    static final int ROWS_PER_RUN = 32;

    private final ModelArtifacts artifacts;
    private final Featurizer featurizer;
    private final Vocabulary vocabulary;
    private final LinearWeights weights;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final GraphRows rows;

    public OnnxModel(ModelArtifacts artifacts) {
        this.artifacts = artifacts;
        this.featurizer = artifacts.newFeaturizer();
        this.vocabulary = Vocabulary.of(artifacts.features());
        this.weights = LinearWeights.fromOnnx(artifacts.onnx(), vocabulary.size(), artifacts.labels().size());
        try {
            this.env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // Tiny graphs: more threads cost more in hand-offs than they save; the callers are parallel,
            // and threads that spin while idle would take CPU from them.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            this.session = env.createSession(artifacts.onnx(), options);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + artifacts.name() + "/" + artifacts.version(), e);
        }
        String model = artifacts.name() + "/" + artifacts.version();
        // the graph's inputs tell its form: Tribuo's dense row, or the sparse columns and values (ADR 008)
        this.rows = SparseGraph.isSparse(session.getInputNames())
                ? new SparseRows(env, session, artifacts.labels().size(), model)
                : new DenseRows(env, session, vocabulary.size(), artifacts.labels().size(), model);
    }

    /** Whether the graph takes sparse rows ({@link SparseGraph}) rather than dense ones. */
    public boolean sparse() {
        return rows instanceof SparseRows;
    }

    public ModelArtifacts artifacts() {
        return artifacts;
    }

    public LinearWeights weights() {
        return weights;
    }

    public int column(String feature) {
        int rank = vocabulary.rank(feature);
        return rank < 0 ? -1 : vocabulary.column(rank);
    }

    public FeatureVector features(String text, Map<String, String> context) {
        return featurizer.vectorize(text, context, vocabulary).vector();
    }

    public List<Scored> score(List<String> texts, List<Map<String, String>> contexts) {
        int n = texts.size();
        List<Scored> out = new ArrayList<>(n);
        IndexedFeatures[] batch = new IndexedFeatures[Math.min(n, ROWS_PER_RUN)];
        for (int from = 0; from < n; from += ROWS_PER_RUN) {
            int count = Math.min(ROWS_PER_RUN, n - from);
            for (int r = 0; r < count; r++) {
                batch[r] = featurizer.vectorize(texts.get(from + r), contexts.get(from + r), vocabulary);
            }
            float[][] raw = rows.run(batch, count);
            for (int r = 0; r < count; r++) {
                out.add(new Scored(raw[r], artifacts.calibration().apply(raw[r]), batch[r]));
            }
        }
        return out;
    }

    @Override
    public void close() {
        rows.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
