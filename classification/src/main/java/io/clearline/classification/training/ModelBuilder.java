package io.clearline.classification.training;

import io.clearline.classification.features.Featurizer;
import io.clearline.classification.features.FeaturizerSpec;
import io.clearline.classification.model.Calibration;
import io.clearline.classification.model.ModelArtifacts;
import io.clearline.classification.model.SparseGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Trains every candidate on the train split, calibrates it and sets its thresholds on the
 * calibration split, scores it on the test split, keeps the one with the best calibration-split
 * macro F1 (the test split never chooses) and packs it as ONNX with its side files.
 */
public final class ModelBuilder {

    /**
     * What the retrain command asks for.
     *
     * @param contextViews   train also on context-only copies of the examples ({@link ContextViews})
     * @param topIsotonic    calibrate with an isotonic map of the top probability after the temperature
     *                       ({@link IsotonicFit})
     * @param wordDropout    train also on a copy of each text with words left out at this rate
     *                       ({@link WordDropout}); 0 for none
     * @param crossFitFolds  fit the chosen candidate's temperature on out-of-template scores over this many
     *                       {@link TemplateFolds} of the training partition ({@link CrossFit}) instead of on
     *                       the calibration split; 0 for the calibration split
     * @param calibrationTemplatesInTraining the training split also covers the calibration partition's
     *                       templates, so the calibration split no longer holds wordings the model never saw:
     *                       every candidate is cross-fitted, the choice is by out-of-fold macro F1, and the
     *                       thresholds too are set on the out-of-fold scores (ADR 013); needs crossFitFolds
     * @param selectedCandidate with the calibration templates in training: the candidate (by name) that a
     *                       selection run chose beforehand on the calibration split's templates while it was
     *                       trained without them; null to choose by out-of-fold macro F1 instead (ADR 013)
     */
    public record Settings(FeaturizerSpec featurizer, int minDf, int maxFeatures, double targetPrecision,
            double thresholdFloor, List<CandidateTrainer> candidates, boolean contextViews, boolean topIsotonic,
            double wordDropout, int crossFitFolds, boolean calibrationTemplatesInTraining, String selectedCandidate) {

        public Settings {
            if (crossFitFolds == 1 || crossFitFolds < 0) {
                throw new IllegalArgumentException("crossFitFolds is 0 (off) or at least 2, was " + crossFitFolds);
            }
            if (crossFitFolds > 0 && topIsotonic) {
                throw new IllegalArgumentException(
                        "the isotonic map is fitted on the calibration split; it does not combine with a cross-fitted temperature");
            }
            if (calibrationTemplatesInTraining && crossFitFolds == 0) {
                throw new IllegalArgumentException(
                        "with the calibration templates in training, choice and thresholds come from the cross-fit: crossFitFolds >= 2");
            }
            if (selectedCandidate != null && candidates.stream().noneMatch(c -> c.name().equals(selectedCandidate))) {
                throw new IllegalArgumentException("selected candidate '" + selectedCandidate + "' is not among "
                        + candidates.stream().map(CandidateTrainer::name).toList());
            }
        }

        public Settings(FeaturizerSpec featurizer, int minDf, int maxFeatures, double targetPrecision,
                double thresholdFloor, List<CandidateTrainer> candidates, boolean contextViews, boolean topIsotonic,
                double wordDropout, int crossFitFolds, boolean calibrationTemplatesInTraining) {
            this(featurizer, minDf, maxFeatures, targetPrecision, thresholdFloor, candidates, contextViews, topIsotonic,
                    wordDropout, crossFitFolds, calibrationTemplatesInTraining, null);
        }

        public Settings(FeaturizerSpec featurizer, int minDf, int maxFeatures, double targetPrecision,
                double thresholdFloor, List<CandidateTrainer> candidates, boolean contextViews, boolean topIsotonic,
                double wordDropout, int crossFitFolds) {
            this(featurizer, minDf, maxFeatures, targetPrecision, thresholdFloor, candidates, contextViews, topIsotonic,
                    wordDropout, crossFitFolds, false);
        }

        public Settings(FeaturizerSpec featurizer, int minDf, int maxFeatures, double targetPrecision,
                double thresholdFloor, List<CandidateTrainer> candidates) {
            this(featurizer, minDf, maxFeatures, targetPrecision, thresholdFloor, candidates, false);
        }

        public Settings(FeaturizerSpec featurizer, int minDf, int maxFeatures, double targetPrecision,
                double thresholdFloor, List<CandidateTrainer> candidates, boolean contextViews) {
            this(featurizer, minDf, maxFeatures, targetPrecision, thresholdFloor, candidates, contextViews, false, 0, 0);
        }

        /** The same settings with the temperature cross-fitted over {@code folds} template folds (0: off). */
        public Settings withCrossFitFolds(int folds) {
            return new Settings(featurizer, minDf, maxFeatures, targetPrecision, thresholdFloor, candidates,
                    contextViews, topIsotonic, wordDropout, folds, calibrationTemplatesInTraining && folds > 0,
                    selectedCandidate);
        }

        /** The same settings with another featurizer (n-gram ranges), for comparisons on the validation splits. */
        public Settings withFeaturizer(FeaturizerSpec spec) {
            return new Settings(spec, minDf, maxFeatures, targetPrecision, thresholdFloor, candidates,
                    contextViews, topIsotonic, wordDropout, crossFitFolds, calibrationTemplatesInTraining,
                    selectedCandidate);
        }

        /** The same settings keeping at most {@code features} features. */
        public Settings withMaxFeatures(int features) {
            return new Settings(featurizer, minDf, features, targetPrecision, thresholdFloor, candidates,
                    contextViews, topIsotonic, wordDropout, crossFitFolds, calibrationTemplatesInTraining,
                    selectedCandidate);
        }

        /** The same settings for training data that covers the calibration partition's templates too (or not). */
        public Settings withCalibrationTemplatesInTraining(boolean inTraining) {
            return new Settings(featurizer, minDf, maxFeatures, targetPrecision, thresholdFloor, candidates,
                    contextViews, topIsotonic, wordDropout, crossFitFolds, inTraining, selectedCandidate);
        }

        /** The same settings with the candidate chosen beforehand by a selection run (null: none). */
        public Settings withSelectedCandidate(String name) {
            return new Settings(featurizer, minDf, maxFeatures, targetPrecision, thresholdFloor, candidates,
                    contextViews, topIsotonic, wordDropout, crossFitFolds, calibrationTemplatesInTraining, name);
        }
    }

    /**
     * The packed model, the Tribuo model it came from (for parity checks) and the comparison.
     *
     * @param crossFit       the cross-fitted temperature with its out-of-fold scores; null when off
     * @param calibrationFit the chosen candidate as calibrated on the calibration split alone (what the
     *                       cross-fit replaced), for the card; null when cross-fitting is off
     * @param outOfFold      per candidate (same order), its cross-fit's out-of-fold figures under its own
     *                       cross-fitted temperature, when every candidate was cross-fitted; else empty
     */
    public record Built(ModelArtifacts artifacts, TrainedCandidate chosen, List<TrainedCandidate> candidates,
            CrossFit crossFit, TrainedCandidate calibrationFit, List<Metrics> outOfFold) {

        public Built(ModelArtifacts artifacts, TrainedCandidate chosen, List<TrainedCandidate> candidates) {
            this(artifacts, chosen, candidates, null, null, List.of());
        }
    }

    static final long WORD_DROPOUT_SEED = 7L;

    private ModelBuilder() {
    }

    public static Built build(String name, String version, DataSplits splits, Settings settings) {
        UnaryOperator<List<LabelledExample>> augment = train -> augment(train, settings);
        DataSplits data = new DataSplits(augment.apply(splits.train()), splits.calibration(), splits.test(),
                splits.description());
        Featurizer featurizer = new Featurizer(settings.featurizer());
        Set<String> vocabulary = TribuoClassifier.vocabulary(featurizer, data.train(), settings.minDf(),
                settings.maxFeatures());
        List<TrainedCandidate> candidates = new ArrayList<>();
        for (CandidateTrainer candidate : settings.candidates()) {
            candidates.add(trainOne(candidate, featurizer, vocabulary, data, settings));
        }
        CrossFit crossFit = null;
        TrainedCandidate calibrationFit = null;
        List<Metrics> outOfFold = new ArrayList<>();
        TrainedCandidate chosen;
        if (settings.calibrationTemplatesInTraining()) {
            // the calibration split shares templates with training: only held-out template folds can choose
            List<CrossFit> fits = new ArrayList<>();
            // as calibrated on the calibration split alone: what the card shows the cross-fit replaced
            List<TrainedCandidate> calibrationSplitFits = List.copyOf(candidates);
            for (int i = 0; i < candidates.size(); i++) {
                TrainedCandidate c = candidates.get(i);
                CrossFit fit = CrossFit.fit(c.trainer(), featurizer, splits.train(), splits.calibration(),
                        settings.crossFitFolds(), c.classifier().labels(), augment, settings, data.description());
                fits.add(fit);
                outOfFold.add(fit.outOfFold(fit.calibration()));
                candidates.set(i, evaluate(c.trainer(), c.classifier(), c.trainMillis(), fit.calibration(), fit, data,
                        settings));
            }
            int best = 0;
            if (settings.selectedCandidate() != null) {
                for (int i = 0; i < candidates.size(); i++) {
                    if (candidates.get(i).trainer().name().equals(settings.selectedCandidate())) {
                        best = i;
                    }
                }
            } else {
                for (int i = 1; i < candidates.size(); i++) {
                    double f1 = outOfFold.get(i).macroF1();
                    double bestF1 = outOfFold.get(best).macroF1();
                    if (f1 > bestF1 || f1 == bestF1 && outOfFold.get(i).ece() < outOfFold.get(best).ece()) {
                        best = i;
                    }
                }
            }
            chosen = candidates.get(best);
            crossFit = fits.get(best);
            calibrationFit = calibrationSplitFits.get(best);
        } else {
            // macro F1 does not depend on the temperature: the choice comes first, the cross-fit only for the chosen
            chosen = candidates.stream()
                    .max(Comparator.comparingDouble((TrainedCandidate c) -> c.calibrationSplit().macroF1())
                            .thenComparingDouble(c -> -c.calibrationSplit().ece()))
                    .orElseThrow();
            if (settings.crossFitFolds() > 0) {
                crossFit = CrossFit.fit(chosen.trainer(), featurizer, splits.train(), splits.calibration(),
                        settings.crossFitFolds(),
                        chosen.classifier().labels(), augment, settings, data.description());
                calibrationFit = chosen;
                TrainedCandidate crossFitted = evaluate(chosen.trainer(), chosen.classifier(), chosen.trainMillis(),
                        crossFit.calibration(), null, data, settings);
                candidates.set(candidates.indexOf(chosen), crossFitted);
                chosen = crossFitted;
            }
        }
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
                onnx(model.toOnnx("io.clearline." + name, versionNumber(version))));
        return new Built(artifacts, chosen, candidates, crossFit, calibrationFit, List.copyOf(outOfFold));
    }

    /** The recipe's augmentation of training texts, the same for the final model and every fold model. */
    static List<LabelledExample> augment(List<LabelledExample> train, Settings settings) {
        List<LabelledExample> out = settings.contextViews()
                ? ContextViews.add(train, settings.featurizer().contextKeys()) : train;
        return settings.wordDropout() > 0 ? WordDropout.add(out, settings.wordDropout(), WORD_DROPOUT_SEED) : out;
    }

    /**
     * New versions ship the sparse graph (ADR 008): same weights, a product over the text's own columns
     * instead of all of them. A graph that is not linear (none of today's candidates) stays as Tribuo exports it.
     */
    static byte[] onnx(byte[] dense) {
        return SparseGraph.canRewrite(dense) ? SparseGraph.fromDense(dense) : dense;
    }

    private static TrainedCandidate trainOne(CandidateTrainer candidate, Featurizer featurizer, Set<String> vocabulary,
            DataSplits data, Settings settings) {
        long start = System.nanoTime();
        TribuoClassifier model = TribuoClassifier.train(candidate, featurizer, vocabulary, data.train(),
                data.description());
        long millis = (System.nanoTime() - start) / 1_000_000;
        return evaluate(candidate, model, millis, null, null, data, settings);
    }

    /**
     * Calibrates (with {@code calibration}, or by temperature on the calibration split when null), sets the
     * thresholds on the calibration split (or on {@code thresholdScores}' out-of-template scores when given)
     * and scores the calibration and test splits.
     */
    private static TrainedCandidate evaluate(CandidateTrainer candidate, TribuoClassifier model, long millis,
            Calibration given, CrossFit thresholdScores, DataSplits data, Settings settings) {
        List<String> labels = model.labels();
        Calibration identity = Calibration.identity(model.outputsProbabilities());

        List<double[]> calRaw = raw(model, data.calibration());
        List<String> calTruth = data.calibration().stream().map(LabelledExample::label).toList();
        Calibration calibration = given;
        if (calibration == null) {
            List<double[]> known = new ArrayList<>();
            List<Integer> knownTruth = new ArrayList<>();
            for (int i = 0; i < calRaw.size(); i++) {
                if (calRaw.get(i) != null) {
                    known.add(calRaw.get(i));
                    knownTruth.add(labels.indexOf(calTruth.get(i)));
                }
            }
            int[] knownLabels = knownTruth.stream().mapToInt(Integer::intValue).toArray();
            calibration = TemperatureFit.fit(identity, known, knownLabels);
            if (settings.topIsotonic()) {
                calibration = IsotonicFit.fit(calibration, known, knownLabels);
            }
        }

        double[][] calProbs = Scoring.calibrated(calibration, calRaw, labels.size());
        Map<String, Double> thresholds = thresholdScores == null
                ? ThresholdFit.fit(labels, Scoring.truth(labels, calTruth), calProbs, settings.targetPrecision(),
                        settings.thresholdFloor())
                : thresholdsOn(thresholdScores, calibration, labels, settings);

        List<double[]> testRaw = raw(model, data.test());
        List<String> testTruth = data.test().stream().map(LabelledExample::label).toList();
        return new TrainedCandidate(candidate, model, calibration, thresholds,
                Scoring.metrics(labels, calTruth, Scoring.calibrated(identity, calRaw, labels.size()), thresholds),
                Scoring.metrics(labels, calTruth, calProbs, thresholds),
                Scoring.metrics(labels, testTruth, Scoring.calibrated(identity, testRaw, labels.size()), thresholds),
                Scoring.metrics(labels, testTruth, Scoring.calibrated(calibration, testRaw, labels.size()), thresholds),
                millis);
    }

    /** Thresholds set on the cross-fit's pooled out-of-template scores, calibrated by {@code calibration}. */
    static Map<String, Double> thresholdsOn(CrossFit crossFit, Calibration calibration, List<String> labels,
            Settings settings) {
        if (!crossFit.labels().equals(labels)) {
            throw new IllegalArgumentException("cross-fit labels " + crossFit.labels() + " differ from " + labels);
        }
        return ThresholdFit.fit(labels, crossFit.truth(), Scoring.calibrated(calibration, crossFit.raw(), labels.size()),
                settings.targetPrecision(), settings.thresholdFloor());
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
