package io.clearline.classification.model;

import io.clearline.classification.features.FeaturizerSpec;
import java.util.List;
import java.util.Map;

/**
 * One model version as shipped: the ONNX graph plus what it cannot carry itself — featurizer
 * settings, the feature → column map (list position = column), the label order of its output,
 * calibration, per-label thresholds and the metrics the promotion gate compares.
 */
public record ModelArtifacts(String name, String version, FeaturizerSpec featurizer, List<String> features,
        List<String> labels, Calibration calibration, Map<String, Double> thresholds, Map<String, Double> metrics,
        byte[] onnx) {

    public ModelArtifacts {
        features = List.copyOf(features);
        labels = List.copyOf(labels);
        thresholds = Map.copyOf(thresholds);
        metrics = Map.copyOf(metrics);
        if (labels.isEmpty() || features.isEmpty() || onnx.length == 0) {
            throw new IllegalArgumentException("model " + name + "/" + version + " is incomplete");
        }
    }
}
