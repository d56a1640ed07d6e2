package io.clearline.classification.model;

import io.clearline.classification.features.IndexedFeatures;

/**
 * How rows of features reach a graph: as dense rows over every column ({@link DenseRows}, Tribuo's
 * export) or as their non-zero columns and values ({@link SparseRows}, {@link SparseGraph}). Thread-safe.
 */
interface GraphRows extends AutoCloseable {

    /** Raw graph outputs of the first {@code count} rows, in row order. */
    float[][] run(IndexedFeatures[] rows, int count);

    @Override
    void close();
}
