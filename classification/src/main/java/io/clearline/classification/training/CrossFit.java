package io.clearline.classification.training;

import io.clearline.classification.features.Featurizer;
import io.clearline.classification.model.Calibration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The temperature cross-fitted over template folds of the training partition (ADR 011): for each
 * {@link TemplateFolds fold} the same recipe trains on the texts touching none of the fold's templates and
 * scores the fold's held-out texts; the temperature is fitted on these pooled out-of-template scores. The
 * calibration split shares its templates' kind of novelty with the test split only partly (its texts are
 * easier), so a temperature fitted there runs too mild for wordings no training saw; scores of texts whose
 * every template the scoring model never saw carry that shift.
 *
 * @param calibration   the cross-fitted temperature
 * @param raw           pooled out-of-fold raw outputs, in {@code labels} order (items with no known feature left out)
 * @param truth         their true label indices in {@code labels}
 * @param foldTrain     training texts per fold (after the fold split, before any augmentation)
 * @param foldHeldOut   held-out texts scored per fold
 * @param foldModelsOnCalibrationSplit the temperature the same fold models' scores of the calibration split
 *                      would ask for (a diagnostic for the card: the shift between the two, measured on the
 *                      same models, free of the fold models' smaller training sets)
 */
public record CrossFit(Calibration calibration, List<String> labels, List<double[]> raw, int[] truth, int[] foldTrain,
        int[] foldHeldOut, double foldModelsOnCalibrationSplit) {

    /** Fixed, so the folds (and the temperature) repeat for the same data. */
    static final long FOLD_SEED = 20261207L;

    public int folds() {
        return foldTrain.length;
    }

    /**
     * @param labels  the final model's label order, which the pooled scores are put in
     * @param augment the recipe's augmentation of training texts (context views, word dropout), applied to
     *                each fold's training texts as to the whole partition's
     */
    static CrossFit fit(CandidateTrainer candidate, Featurizer featurizer, List<LabelledExample> train,
            List<LabelledExample> calibrationSplit, int folds, List<String> labels,
            UnaryOperator<List<LabelledExample>> augment, ModelBuilder.Settings settings, String description) {
        TemplateFolds templateFolds = TemplateFolds.of(train, folds, FOLD_SEED);
        List<double[]> pooled = new ArrayList<>();
        List<Integer> pooledTruth = new ArrayList<>();
        List<double[]> onCalibration = new ArrayList<>();
        List<Integer> onCalibrationTruth = new ArrayList<>();
        int[] trained = new int[folds];
        int[] heldOut = new int[folds];
        Boolean probabilities = null;
        for (int f = 0; f < folds; f++) {
            TemplateFolds.Fold fold = templateFolds.fold(train, f);
            if (fold.heldOut().isEmpty() || fold.train().isEmpty()) {
                throw new IllegalArgumentException("template fold " + f + " of " + folds + " holds out "
                        + fold.heldOut().size() + " and trains on " + fold.train().size()
                        + " texts: the training texts need families naming enough templates for " + folds + " folds");
            }
            trained[f] = fold.train().size();
            heldOut[f] = fold.heldOut().size();
            List<LabelledExample> foldTrain = augment.apply(fold.train());
            TribuoClassifier model = TribuoClassifier.train(candidate, featurizer,
                    TribuoClassifier.vocabulary(featurizer, foldTrain, settings.minDf(), settings.maxFeatures()),
                    foldTrain, description + " (template fold " + f + " of " + folds + ")");
            probabilities = model.outputsProbabilities();
            List<String> foldLabels = model.labels();
            if (!foldLabels.containsAll(labels)) {
                throw new IllegalArgumentException("template fold " + f + " trains on no text of some label ("
                        + foldLabels + " vs " + labels + "): use fewer folds");
            }
            score(model, fold.heldOut(), labels, pooled, pooledTruth);
            score(model, calibrationSplit, labels, onCalibration, onCalibrationTruth);
        }
        int[] truth = pooledTruth.stream().mapToInt(Integer::intValue).toArray();
        Calibration identity = Calibration.identity(probabilities);
        Calibration calibration = TemperatureFit.fit(identity, pooled, truth);
        double onCalibrationSplit = onCalibration.isEmpty() ? Double.NaN
                : TemperatureFit.fit(identity, onCalibration,
                        onCalibrationTruth.stream().mapToInt(Integer::intValue).toArray()).temperature();
        return new CrossFit(calibration, List.copyOf(labels), List.copyOf(pooled), truth, trained, heldOut,
                onCalibrationSplit);
    }

    /** Raw outputs of {@code model} for {@code texts} in {@code labels} order; texts with no known feature left out. */
    private static void score(TribuoClassifier model, List<LabelledExample> texts, List<String> labels,
            List<double[]> raws, List<Integer> truths) {
        List<String> modelLabels = model.labels();
        for (LabelledExample e : texts) {
            double[] raw = model.raw(e.text(), e.context());
            if (raw == null) {
                continue;
            }
            double[] ordered = new double[labels.size()];
            for (int k = 0; k < labels.size(); k++) {
                ordered[k] = raw[modelLabels.indexOf(labels.get(k))];
            }
            raws.add(ordered);
            truths.add(labels.indexOf(e.label()));
        }
    }

    /** The pooled out-of-fold scores under {@code calibration} (no thresholds: ECE, F1, accuracy). */
    public Metrics outOfFold(Calibration c) {
        return Scoring.metrics(labels, java.util.Arrays.stream(truth).mapToObj(labels::get).toList(),
                Scoring.calibrated(c, raw, labels.size()), java.util.Map.of());
    }
}
