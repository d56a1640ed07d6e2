package io.clearline.classification.training;

import io.clearline.classification.features.Featurizer;
import io.clearline.classification.features.FeaturizerSpec;
import io.clearline.classification.model.Calibration;
import io.clearline.classification.model.ModelArtifacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trains every candidate on the train split, calibrates it and sets its thresholds on the
 * calibration split, scores it on the test split, keeps the one with the best calibration-split
 * macro F1 (the test split never chooses) and packs it as ONNX with its side files.
 */
public final class ModelBuilder {

    /**
     * What the retrain command asks for.
     *
     * @param contextViews train also on context-only copies of the examples ({@link ContextViews})
     * @param topIsotonic  calibrate with an isotonic map of the top probability after the temperature
     *                     ({@link IsotonicFit})
     * @param wordDropout  train also on a copy of each text with words left out at this rate
     *                     ({@link WordDropout}); 0 for none
     */
    public record Settings(FeaturizerSpec featurizer, int minDf, int maxFeatures, double targetPrecision,
            double thresholdFloor, List<CandidateTrainer> candidates, boolean contextViews, boolean topIsotonic,
            double wordDropout) {

        public Settings(FeaturizerSpec featurizer, int minDf, int maxFeatures, double targetPrecision,
                double thresholdFloor, List<CandidateTrainer> candidates, boolean contextViews, boolean topIsotonic) {
            this(featurizer, minDf, maxFeatures, targetPrecision, thresholdFloor, candidates, contextViews, topIsotonic,
                    0);
        }

        public Settings(FeaturizerSpec featurizer, int minDf, int maxFeatures, double targetPrecision,
                double thresholdFloor, List<CandidateTrainer> candidates) {
            this(featurizer, minDf, maxFeatures, targetPrecision, thresholdFloor, candidates, false);
        }

        public Settings(FeaturizerSpec featurizer, int minDf, int maxFeatures, double targetPrecision,
                double thresholdFloor, List<CandidateTrainer> candidates, boolean contextViews) {
            this(featurizer, minDf, maxFeatures, targetPrecision, thresholdFloor, candidates, contextViews, false);
        }
    }

    /** The packed model, the Tribuo model it came from (for parity checks) and the comparison. */
    public record Built(ModelArtifacts artifacts, TrainedCandidate chosen, List<TrainedCandidate> candidates) {
    }

    static final long WORD_DROPOUT_SEED = 7L;

    private ModelBuilder() {
    }

    public static Built build(String name, String version, DataSplits splits, Settings settings) {
        DataSplits data = settings.contextViews()
                ? new DataSplits(ContextViews.add(splits.train(), settings.featurizer().contextKeys()),
                        splits.calibration(), splits.test(), splits.description())
                : splits;
        if (settings.wordDropout() > 0) {
            data = new DataSplits(WordDropout.add(data.train(), settings.wordDropout(), WORD_DROPOUT_SEED),
                    data.calibration(), data.test(), data.description());
        }
        Featurizer featurizer = new Featurizer(settings.featurizer());
        Set<String> vocabulary = TribuoClassifier.vocabulary(featurizer, data.train(), settings.minDf(),
                settings.maxFeatures());
        List<TrainedCandidate> candidates = new ArrayList<>();
        for (CandidateTrainer candidate : settings.candidates()) {
            candidates.add(trainOne(candidate, featurizer, vocabulary, data, settings));
        }
        TrainedCandidate chosen = candidates.stream()
                .max(Comparator.comparingDouble((TrainedCandidate c) -> c.calibrationSplit().macroF1())
                        .thenComparingDouble(c -> -c.calibrationSplit().ece()))
                .orElseThrow();
        TribuoClassifier model = chosen.classifier();
        Metrics test = chosen.test();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("macro_f1", test.macroF1());
        metrics.put("accuracy", test.accuracy());
        metrics.put("ece", test.ece());
        metrics.put("coverage_at_target_precision", test.coverage());
        metrics.put("answered_precision", test.answeredPrecision());
        metrics.put("test_items", (double) test.count());
        ModelArtifacts artifacts = new ModelArtifacts(name, version, settings.featurizer(), model.features(),
                model.labels(), chosen.calibration(), chosen.thresholds(), metrics,
                model.toOnnx("io.clearline." + name, versionNumber(version)));
        return new Built(artifacts, chosen, candidates);
    }

    private static TrainedCandidate trainOne(CandidateTrainer candidate, Featurizer featurizer, Set<String> vocabulary,
            DataSplits data, Settings settings) {
        long start = System.nanoTime();
        TribuoClassifier model = TribuoClassifier.train(candidate, featurizer, vocabulary, data.train(),
                data.description());
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<String> labels = model.labels();
        Calibration identity = Calibration.identity(model.outputsProbabilities());

        List<double[]> calRaw = raw(model, data.calibration());
        List<String> calTruth = data.calibration().stream().map(LabelledExample::label).toList();
        List<double[]> known = new ArrayList<>();
        List<Integer> knownTruth = new ArrayList<>();
        for (int i = 0; i < calRaw.size(); i++) {
            if (calRaw.get(i) != null) {
                known.add(calRaw.get(i));
                knownTruth.add(labels.indexOf(calTruth.get(i)));
            }
        }
        int[] knownLabels = knownTruth.stream().mapToInt(Integer::intValue).toArray();
        Calibration calibration = TemperatureFit.fit(identity, known, knownLabels);
        if (settings.topIsotonic()) {
            calibration = IsotonicFit.fit(calibration, known, knownLabels);
        }

        double[][] calProbs = Scoring.calibrated(calibration, calRaw, labels.size());
        int[] truth = Scoring.truth(labels, calTruth);
        int[] predicted = new int[truth.length];
        double[] confidence = new double[truth.length];
        for (int i = 0; i < truth.length; i++) {
            predicted[i] = Scoring.argmax(calProbs[i]);
            confidence[i] = calProbs[i][predicted[i]];
        }
        Map<String, Double> thresholds = ThresholdFit.fit(labels, truth, predicted, confidence,
                settings.targetPrecision(), settings.thresholdFloor());

        List<double[]> testRaw = raw(model, data.test());
        List<String> testTruth = data.test().stream().map(LabelledExample::label).toList();
        return new TrainedCandidate(candidate, model, calibration, thresholds,
                Scoring.metrics(labels, calTruth, Scoring.calibrated(identity, calRaw, labels.size()), thresholds),
                Scoring.metrics(labels, calTruth, calProbs, thresholds),
                Scoring.metrics(labels, testTruth, Scoring.calibrated(identity, testRaw, labels.size()), thresholds),
                Scoring.metrics(labels, testTruth, Scoring.calibrated(calibration, testRaw, labels.size()), thresholds),
                millis);
    }

    private static List<double[]> raw(TribuoClassifier model, List<LabelledExample> items) {
        List<double[]> out = new ArrayList<>(items.size());
        for (LabelledExample e : items) {
            out.add(model.raw(e.text(), e.context()));
        }
        return out;
    }

    /** "2026.11.23-1" → 2026112301: ONNX wants a number for the model version. */
    static long versionNumber(String version) {
        String digits = version.replaceAll("\\D", "");
        return digits.isEmpty() ? 1 : Long.parseLong(digits.substring(0, Math.min(digits.length(), 18)));
    }
}
