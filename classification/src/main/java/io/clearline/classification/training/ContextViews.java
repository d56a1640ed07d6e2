package io.clearline.classification.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Training augmentation for classifiers that read context fields (the validation rules that fired):
 * every training example that carries one of the keys is added once more with its text left out.
 * Without these views the training texts alone separate the labels almost perfectly, so the linear
 * model learns little weight for the rule signals and trusts the wording even on phrasings it never
 * saw; with them the signals get the weight their real reliability earns and text and rules combine.
 * Calibration and test splits are left as they are.
 */
public final class ContextViews {

    private ContextViews() {
    }

    public static List<LabelledExample> add(List<LabelledExample> train, List<String> contextKeys) {
        if (contextKeys.isEmpty()) {
            return train;
        }
        List<LabelledExample> out = new ArrayList<>(train);
        for (LabelledExample e : train) {
            boolean hasSignal = contextKeys.stream().map(e.context()::get)
                    .anyMatch(v -> v != null && !v.isBlank());
            if (hasSignal) {
                out.add(new LabelledExample("", e.label(), Map.copyOf(e.context())));
            }
        }
        return out;
    }
}
