package io.clearline.classification.training;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The model card written beside each version: data, trainer settings, provenance, metrics, date. */
final class ModelCard {

    private ModelCard() {
    }

    static String write(ModelBuilder.Built built, ModelBuilder.Settings settings, DataSplits data,
            PromotionGate.Decision decision, Instant when) {
        var a = built.artifacts();
        var chosen = built.chosen();
        StringBuilder md = new StringBuilder();
        md.append("# Model card: ").append(a.name()).append(' ').append(a.version()).append("\n\n");
        md.append("- Date: ").append(when).append('\n');
        boolean allCrossFitted = !built.outOfFold().isEmpty();
        md.append("- Chosen model type: ").append(chosen.trainer().name()).append(!allCrossFitted
                ? " (best calibration-split macro F1)\n"
                : settings.selectedCandidate() != null
                ? " (chosen beforehand by a selection run on the calibration split's templates, trained without them;"
                        + " this run trains on them too and cross-fits every candidate, whose out-of-fold figures are"
                        + " shown below for comparison — ADR 013)\n"
                : " (best out-of-fold macro F1: the training texts cover the calibration split's templates too)\n");
        md.append("- Trainer: `").append(chosen.trainer().settings()).append("`\n");
        md.append("- Featurizer: `").append(a.featurizer()).append("`, min document frequency ")
                .append(settings.minDf()).append(", at most ").append(settings.maxFeatures()).append(" features; ")
                .append(a.features().size()).append(" features kept\n");
        if (settings.contextViews()) {
            md.append("- Augmentation: every training example with context fields ")
                    .append(a.featurizer().contextKeys())
                    .append(" also trained once with its text left out (ContextViews), so the rule signals get weight\n");
        }
        if (settings.wordDropout() > 0) {
            md.append("- Augmentation: every training text also trained once with each word left out at rate ")
                    .append(settings.wordDropout()).append(" (WordDropout, seed ").append(ModelBuilder.WORD_DROPOUT_SEED)
                    .append("), so no single cue word carries a label\n");
        }
        md.append("- Labels (output order): ").append(String.join(", ", a.labels())).append('\n');
        CrossFit crossFit = built.crossFit();
        if (crossFit != null) {
            TrainedCandidate calFit = built.calibrationFit();
            md.append(String.format("- Calibration: temperature (cross-fitted over %d template folds), T = %.4f — fitted on"
                    + " %d out-of-template scores: per fold the same recipe trained on the training texts touching none"
                    + " of the fold's templates (%s) and scored the fold's texts (%s); the calibration split alone gave"
                    + " T = %.4f. ECE on the calibration split %.4f (with the calibration-split T %.4f); out of fold"
                    + " %.4f (with the calibration-split T %.4f); out-of-fold macro F1 %.4f (fold models, whose scores"
                    + " of the calibration split would ask for T = %.4f)",
                    crossFit.folds(), a.calibration().temperature(), crossFit.raw().size(), join(crossFit.foldTrain()),
                    join(crossFit.foldHeldOut()), calFit.calibration().temperature(), chosen.calibrationSplit().ece(),
                    calFit.calibrationSplit().ece(), crossFit.outOfFold(a.calibration()).ece(),
                    crossFit.outOfFold(calFit.calibration()).ece(), crossFit.outOfFold(a.calibration()).macroF1(),
                    crossFit.foldModelsOnCalibrationSplit()));
        } else {
            md.append("- Calibration: temperature scaling on the calibration split, T = ")
                    .append(String.format("%.4f", a.calibration().temperature()));
        }
        if (a.calibration().topX() != null) {
            md.append(", then an isotonic map of the top probability fitted on the same split (")
                    .append(a.calibration().topX().length).append(" knots; the ranking is kept)");
        }
        md.append('\n');
        md.append("- Thresholds: per label for ").append(settings.targetPrecision()).append(allCrossFitted
                ? " precision on the out-of-fold scores under the cross-fitted temperature (floor "
                : " precision on the calibration split (floor ").append(settings.thresholdFloor())
                .append("); below threshold → NEEDS_REVIEW\n");
        md.append("- Promotion: ").append(decision.promote() ? "promoted" : "NOT promoted").append(" — ")
                .append(String.join("; ", decision.reasons())).append("\n\n");
        md.append("## Data\n\n").append(data.description()).append("\n\n")
                .append("| split | items |\n| --- | --- |\n")
                .append("| train | ").append(data.train().size()).append(" |\n")
                .append("| calibration | ").append(data.calibration().size()).append(" |\n")
                .append("| test | ").append(data.test().size()).append(" |\n\n");
        md.append("## Model comparison (test split: templates not used in training)\n\n");
        if (allCrossFitted) {
            md.append("Every candidate cross-fitted over the same template folds: its own temperature and thresholds from"
                    + " its out-of-fold scores; ").append(settings.selectedCandidate() != null
                            ? "the choice was made beforehand by a selection run on held-out calibration templates (ADR 013)"
                            : "chosen by out-of-fold macro F1")
                    .append(" (the calibration split shares templates with training, so its figures only show the fit).\n\n");
        } else if (crossFit != null) {
            md.append("Temperature cross-fitted for the chosen model only (the choice, by macro F1, does not depend on"
                    + " it); the other rows use the calibration-split temperature.\n\n");
        }
        md.append("| model | train ms | ").append(allCrossFitted ? "out-of-fold macro F1 | out-of-fold ECE | " : "")
                .append("cal macro F1 | ").append(allCrossFitted ? "cal ECE | " : "")
                .append("test macro F1 | test accuracy | ECE before | ECE after | coverage | answered precision |\n")
                .append(allCrossFitted ? "| --- | --- | --- | --- | --- " : "| --- | --- ")
                .append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < built.candidates().size(); i++) {
            TrainedCandidate c = built.candidates().get(i);
            md.append(String.format("| %s | %d | ", c.trainer().name(), c.trainMillis()));
            if (allCrossFitted) {
                md.append(String.format("%.4f | %.4f | ", built.outOfFold().get(i).macroF1(), built.outOfFold().get(i).ece()));
            }
            md.append(String.format("%.4f | ", c.calibrationSplit().macroF1()));
            if (allCrossFitted) {
                md.append(String.format("%.4f | ", c.calibrationSplit().ece()));
            }
            md.append(String.format("%.4f | %.4f | %.4f | %.4f | %.4f | %.4f |%n",
                    c.test().macroF1(), c.test().accuracy(), c.uncalibratedTest().ece(), c.test().ece(), c.test().coverage(),
                    c.test().answeredPrecision()));
        }
        md.append("\n## Metrics of the chosen model (test split)\n\n");
        for (Map.Entry<String, Double> e : a.metrics().entrySet()) {
            md.append("- ").append(e.getKey()).append(": ").append(String.format("%.4f", e.getValue())).append('\n');
        }
        md.append("\n## Heaviest features per label\n\n");
        for (Map.Entry<String, List<String>> e : chosen.classifier().topFeatures(8).entrySet()) {
            md.append("- ").append(e.getKey()).append(": `").append(String.join("`, `", e.getValue())).append("`\n");
        }
        md.append("\n## Tribuo provenance\n\nAlso embedded in model.onnx's metadata (`")
                .append(org.tribuo.ONNXExportable.PROVENANCE_METADATA_FIELD).append("`).\n\n```\n")
                .append(chosen.classifier().model().getProvenance()).append("\n```\n");
        return md.toString();
    }

    private static String join(int[] counts) {
        return java.util.Arrays.stream(counts).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(" / "));
    }
}
