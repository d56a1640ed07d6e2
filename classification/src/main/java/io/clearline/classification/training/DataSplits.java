package io.clearline.classification.training;

import java.nio.file.Path;
import java.util.List;

/** Train, calibration and test sets; calibration and test come from templates training never saw. */
public record DataSplits(List<LabelledExample> train, List<LabelledExample> calibration, List<LabelledExample> test,
        String description) {

    public DataSplits {
        train = List.copyOf(train);
        calibration = List.copyOf(calibration);
        test = List.copyOf(test);
    }

    /** {@code dir/train.jsonl}, {@code dir/calibration.jsonl}, {@code dir/test.jsonl}. */
    public static DataSplits read(Path dir, String description) {
        return new DataSplits(LabelledExample.readJsonLines(dir.resolve("train.jsonl")),
                LabelledExample.readJsonLines(dir.resolve("calibration.jsonl")),
                LabelledExample.readJsonLines(dir.resolve("test.jsonl")), description);
    }
}
