package io.clearline.classification.features;

/** A text's features and, position for position, the model column each one feeds. */
public record IndexedFeatures(FeatureVector vector, int[] columns) {

    public IndexedFeatures {
        if (columns.length != vector.size()) {
            throw new IllegalArgumentException("one column per feature");
        }
    }

    public int size() {
        return columns.length;
    }
}
