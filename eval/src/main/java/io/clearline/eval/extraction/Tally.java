package io.clearline.eval.extraction;

/** True positives, false positives and false negatives of one field (or a group), and the F1. */
final class Tally {

    int truePositives;
    int falsePositives;
    int falseNegatives;

    void add(boolean inTruth, boolean predicted, boolean same) {
        if (inTruth && predicted && same) {
            truePositives++;
        } else {
            if (predicted) {
                falsePositives++;
            }
            if (inTruth) {
                falseNegatives++;
            }
        }
    }

    void add(Tally other) {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
    }

    int support() {
        return truePositives + falseNegatives;
    }

    double f1() {
        int denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 1.0 : 2.0 * truePositives / denominator;
    }
}
