package io.clearline.matching.index;

import java.util.Arrays;

/** A growable list of ints: per-customer item lists stay compact at a million items. */
public final class IntList {

    private int[] values;
    private int size;

    public IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    public void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 1);
        }
        values[size++] = v;
    }

    public int get(int i) {
        return values[i];
    }

    public int size() {
        return size;
    }

    public void trim() {
        if (values.length != size) {
            values = Arrays.copyOf(values, Math.max(1, size));
        }
    }
}
