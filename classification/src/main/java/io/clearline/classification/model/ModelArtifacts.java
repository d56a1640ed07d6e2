package io.clearline.classification.model;

import io.clearline.classification.features.Featurizer;
import io.clearline.classification.features.FeaturizerSpec;
import io.clearline.classification.features.Lexicon;
import java.util.List;
import java.util.Map;

/**
 * One model version as shipped: the ONNX graph plus what it cannot carry itself — featurizer
 * settings, the feature → column map (list position = column), the label order of its output,
 * calibration, per-label thresholds and the metrics the promotion gate compares; and the
 * {@link Lexicon} of unseen words its featurizer maps onto known ones ({@link Lexicon#NONE} when the
 * version has no {@code lexicon.tsv}).
 */
public record ModelArtifacts(String name, String version, FeaturizerSpec featurizer, List<String> features,
        List<String> labels, Calibration calibration, Map<String, Double> thresholds, Map<String, Double> metrics,
        byte[] onnx, Lexicon lexicon) {

    /** A version without a lexicon. */
    public ModelArtifacts(String name, String version, FeaturizerSpec featurizer, List<String> features,
            List<String> labels, Calibration calibration, Map<String, Double> thresholds, Map<String, Double> metrics,
            byte[] onnx) {
        this(name, version, featurizer, features, labels, calibration, thresholds, metrics, onnx, Lexicon.NONE);
    }

    public ModelArtifacts {
        lexicon = lexicon == null ? Lexicon.NONE : lexicon;
        features = List.copyOf(features);
        labels = List.copyOf(labels);
        thresholds = Map.copyOf(thresholds);
        metrics = Map.copyOf(metrics);
        if (labels.isEmpty() || features.isEmpty() || onnx.length == 0) {
            throw new IllegalArgumentException("model " + name + "/" + version + " is incomplete");
        }
    }

    /** The same version under another name and version, with {@code lexicon}. */
    public ModelArtifacts with(String newVersion, Lexicon newLexicon) {
        return new ModelArtifacts(name, newVersion, featurizer, features, labels, calibration, thresholds, metrics, onnx,
                newLexicon);
    }

    /** The featurizer serving and parity checks use: the shipped settings and lexicon. */
    public Featurizer newFeaturizer() {
        return new Featurizer(featurizer, lexicon);
    }
}
