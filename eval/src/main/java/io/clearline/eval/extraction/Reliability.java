package io.clearline.eval.extraction;

/**
 * Whether field confidences mean something: the mean confidence of right fields against wrong ones,
 * and the share of right fields among those at or above 0.9. Right fields should score higher.
 */
final class Reliability {

    private double rightSum;
    private int right;
    private double wrongSum;
    private int wrong;
    private int high;
    private int highRight;

    void add(double confidence, boolean correct) {
        if (correct) {
            rightSum += confidence;
            right++;
        } else {
            wrongSum += confidence;
            wrong++;
        }
        if (confidence >= 0.9) {
            high++;
            highRight += correct ? 1 : 0;
        }
    }

    Double meanRight() {
        return right == 0 ? null : rightSum / right;
    }

    Double meanWrong() {
        return wrong == 0 ? null : wrongSum / wrong;
    }

    Double precisionAtHigh() {
        return high == 0 ? null : (double) highRight / high;
    }

    int right() {
        return right;
    }

    int wrong() {
        return wrong;
    }

    int high() {
        return high;
    }
}
