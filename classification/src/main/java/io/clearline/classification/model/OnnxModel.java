package io.clearline.classification.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.clearline.classification.features.FeatureVector;
import io.clearline.classification.features.Featurizer;
import io.clearline.classification.features.IndexedFeatures;
import io.clearline.classification.features.Vocabulary;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A model version served by ONNX Runtime: featurizes with the shipped settings, lays the features
 * out by the shipped column map, runs the graph and calibrates its output.
 */
public final class OnnxModel implements AutoCloseable {

    /** What one text scored: the raw graph output, calibrated probabilities in label order, its features. */
    public record Scored(float[] raw, double[] probabilities, IndexedFeatures indexed) {

        public FeatureVector features() {
            return indexed.vector();
        }
    }

    /** Rows per graph run: bounds the input buffer a batch needs (a row's output does not depend on it). */
    static final int ROWS_PER_RUN = 32;
    /** Input buffers kept for reuse per shape; more concurrent callers than this allocate and drop theirs. */
    private static final int KEPT_BUFFERS = 8;

    private final ModelArtifacts artifacts;
    private final Featurizer featurizer;
    private final Vocabulary vocabulary;
    /** Zeroed direct input buffers (one row with its tensors; ROWS_PER_RUN rows), reused: no copy per call. */
    private final BlockingQueue<PinnedRow> singleRows = new ArrayBlockingQueue<>(KEPT_BUFFERS);
    private final BlockingQueue<FloatBuffer> manyRows = new ArrayBlockingQueue<>(KEPT_BUFFERS);
    private final LinearWeights weights;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;

    public OnnxModel(ModelArtifacts artifacts) {
        this.artifacts = artifacts;
        this.featurizer = new Featurizer(artifacts.featurizer());
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
            this.inputName = session.getInputNames().iterator().next();
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + artifacts.name() + "/" + artifacts.version(), e);
        }
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
        IndexedFeatures[] rows = new IndexedFeatures[Math.min(n, ROWS_PER_RUN)];
        for (int from = 0; from < n; from += ROWS_PER_RUN) {
            int count = Math.min(ROWS_PER_RUN, n - from);
            for (int r = 0; r < count; r++) {
                rows[r] = featurizer.vectorize(texts.get(from + r), contexts.get(from + r), vocabulary);
            }
            float[][] raw = run(rows, count);
            for (int r = 0; r < count; r++) {
                out.add(new Scored(raw[r], artifacts.calibration().apply(raw[r]), rows[r]));
            }
        }
        return out;
    }

    /** The rows laid out densely by column (the graph's input), scored; the buffer goes back zeroed. */
    private float[][] run(IndexedFeatures[] rows, int count) {
        return count == 1 ? new float[][] {runOne(rows[0])} : runMany(rows, count);
    }

    private float[] runOne(IndexedFeatures row) {
        PinnedRow pinned = singleRows.poll();
        try {
            if (pinned == null) {
                pinned = new PinnedRow(env, session, vocabulary.size(), artifacts.labels().size());
            }
            fill(pinned.input, 0, row);
            return pinned.run(session);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on " + artifacts.name() + "/" + artifacts.version(), e);
        } finally {
            if (pinned != null) {
                for (int column : row.columns()) {
                    pinned.input.put(column, 0f);
                }
                if (!singleRows.offer(pinned)) {
                    pinned.close();
                }
            }
        }
    }

    private static void fill(FloatBuffer input, int offset, IndexedFeatures row) {
        double[] values = row.vector().values();
        int[] columns = row.columns();
        for (int k = 0; k < columns.length; k++) {
            input.put(offset + columns[k], (float) values[k]);
        }
    }

    private float[][] runMany(IndexedFeatures[] rows, int count) {
        int width = vocabulary.size();
        FloatBuffer input = manyRows.poll();
        if (input == null) {
            input = ByteBuffer.allocateDirect(ROWS_PER_RUN * width * Float.BYTES).order(ByteOrder.nativeOrder())
                    .asFloatBuffer();
        }
        try {
            for (int r = 0; r < count; r++) {
                fill(input, r * width, rows[r]);
            }
            input.clear().limit(count * width);
            try (OnnxTensor tensor = OnnxTensor.createTensor(env, input, new long[] {count, width});
                    OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
                return (float[][]) result.get(0).getValue();
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime failed on " + artifacts.name() + "/" + artifacts.version(), e);
            }
        } finally {
            for (int r = 0; r < count; r++) {
                for (int column : rows[r].columns()) {
                    input.put(r * width + column, 0f);
                }
            }
            input.clear();
            manyRows.offer(input);
        }
    }

    @Override
    public void close() {
        for (PinnedRow row = singleRows.poll(); row != null; row = singleRows.poll()) {
            row.close();
        }
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
