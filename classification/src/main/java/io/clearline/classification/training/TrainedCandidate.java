package io.clearline.classification.training;

import io.clearline.classification.model.Calibration;
import java.util.Map;

/** One candidate model type after training, calibration and evaluation. */
public record TrainedCandidate(CandidateTrainer trainer, TribuoClassifier classifier, Calibration calibration,
        Map<String, Double> thresholds, Metrics uncalibratedCalibrationSplit, Metrics calibrationSplit,
        Metrics uncalibratedTest, Metrics test, long trainMillis) {
}
