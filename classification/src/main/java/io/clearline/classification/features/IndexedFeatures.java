package io.clearline.classification.features;

/**
 * A text's features and, position for position, the model column each one feeds. Serving reads only
 * the values and columns; the names (a String per feature) are looked up when first asked for.
 */
public final class IndexedFeatures {

    private final Vocabulary vocabulary;
    private final int[] ranks;
    private final double[] values;
    private final int[] columns;
    private volatile FeatureVector vector;

    public IndexedFeatures(FeatureVector vector, int[] columns) {
        if (columns.length != vector.size()) {
            throw new IllegalArgumentException("one column per feature");
        }
        this.vocabulary = null;
        this.ranks = null;
        this.values = vector.values();
        this.columns = columns;
        this.vector = vector;
    }

    /** Features by their vocabulary ranks (in name order), named only on demand. */
    IndexedFeatures(Vocabulary vocabulary, int[] ranks, double[] values, int[] columns) {
        this.vocabulary = vocabulary;
        this.ranks = ranks;
        this.values = values;
        this.columns = columns;
    }

    /** Names and values in name order. */
    public FeatureVector vector() {
        FeatureVector v = vector;
        if (v == null) {
            String[] names = new String[ranks.length];
            for (int k = 0; k < names.length; k++) {
                names[k] = vocabulary.name(ranks[k]);
            }
            v = new FeatureVector(names, values);
            vector = v;
        }
        return v;
    }

    /** The name of the k-th feature. */
    public String name(int k) {
        FeatureVector v = vector;
        return v != null ? v.names()[k] : vocabulary.name(ranks[k]);
    }

    /** Feature values in name order (the vector's own array: do not change it). */
    public double[] values() {
        return values;
    }

    public int[] columns() {
        return columns;
    }

    public int size() {
        return columns.length;
    }
}
