package io.clearline.classification.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.clearline.classification.features.FeatureVector;
import io.clearline.classification.features.Featurizer;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model version served by ONNX Runtime: featurizes with the shipped settings, lays the features
 * out by the shipped column map, runs the graph and calibrates its output.
 */
public final class OnnxModel implements AutoCloseable {

    /** What one text scored: the raw graph output, calibrated probabilities in label order, its features. */
    public record Scored(float[] raw, double[] probabilities, FeatureVector features) {
    }

    private final ModelArtifacts artifacts;
    private final Featurizer featurizer;
    private final Map<String, Integer> columns;
    private final LinearWeights weights;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;

    public OnnxModel(ModelArtifacts artifacts) {
        this.artifacts = artifacts;
        this.featurizer = new Featurizer(artifacts.featurizer());
        this.columns = new HashMap<>(artifacts.features().size() * 2);
        for (int i = 0; i < artifacts.features().size(); i++) {
            columns.put(artifacts.features().get(i), i);
        }
        this.weights = LinearWeights.fromOnnx(artifacts.onnx(), columns.size(), artifacts.labels().size());
        try {
            this.env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // Tiny graphs: more threads cost more in hand-offs than they save; the callers are parallel.
            options.setIntraOpNumThreads(1);
            this.session = env.createSession(artifacts.onnx(), options);
            this.input = session.getInputNames().iterator().next();
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
        return columns.getOrDefault(feature, -1);
    }

    public FeatureVector features(String text, Map<String, String> context) {
        return featurizer.vectorize(text, context, columns::containsKey);
    }

    public List<Scored> score(List<String> texts, List<Map<String, String>> contexts) {
        int n = texts.size();
        int width = columns.size();
        List<FeatureVector> vectors = new ArrayList<>(n);
        float[] dense = new float[n * width];
        for (int r = 0; r < n; r++) {
            FeatureVector v = features(texts.get(r), contexts.get(r));
            vectors.add(v);
            for (int k = 0; k < v.size(); k++) {
                dense[r * width + columns.get(v.names()[k])] = (float) v.values()[k];
            }
        }
        float[][] raw = run(dense, n, width);
        List<Scored> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            out.add(new Scored(raw[r], artifacts.calibration().apply(raw[r]), vectors.get(r)));
        }
        return out;
    }

    private float[][] run(float[] dense, int rows, int width) {
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(dense), new long[] {rows, width});
                OrtSession.Result result = session.run(Map.of(input, tensor))) {
            return (float[][]) result.get(0).getValue();
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on " + artifacts.name() + "/" + artifacts.version(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
