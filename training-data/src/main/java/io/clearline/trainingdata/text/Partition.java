package io.clearline.trainingdata.text;

/**
 * Which share of the templates a text may be built from. Templates are dealt out by their index, so
 * the calibration and test partitions use phrasings and frames that training never saw.
 */
public enum Partition {
    TRAIN, CALIBRATION, TEST;

    /** Index 0,1,2 of every five train; 3 calibrates; 4 tests. */
    public static Partition ofTemplate(int index) {
        return switch (index % 5) {
            case 3 -> CALIBRATION;
            case 4 -> TEST;
            default -> TRAIN;
        };
    }
}
