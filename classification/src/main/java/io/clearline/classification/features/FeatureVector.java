package io.clearline.classification.features;

import java.util.Arrays;

/** Sparse features in name order, ready for Tribuo (names + values) or a dense ONNX row. */
public record FeatureVector(String[] names, double[] values) {

    public FeatureVector {
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
    }

    public int size() {
        return names.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureVector v && Arrays.equals(names, v.names) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(names) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FeatureVector" + Arrays.toString(names);
    }
}
