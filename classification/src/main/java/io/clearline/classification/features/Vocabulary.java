package io.clearline.classification.features;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's feature map compiled for lookups by characters: an n-gram is found from a prefix
 * ({@code "c:"}, {@code "w:"}, {@code "w2:"}, ...) and a slice of a char buffer, without building the
 * String only to discard it. Features are numbered by their rank in name order (the order the
 * reference featurizer's TreeMap iterates), so sorting hit ranks reproduces its summation order.
 * Immutable and thread-safe (apart from a per-thread scratch bitset that its user leaves zeroed).
 */
public final class Vocabulary {

    private final String[] names;
    private final int[] columns;
    private final boolean[] context;
    private final Map<String, Integer> prefixes = new HashMap<>();
    private final int[] prefixOf;
    private final char[][] rest;
    /** Open addressing: (hash << 32) | (rank + 1), so a probe that misses reads one array only. */
    private final long[] slots;
    private final int mask;
    private final int[] wordPrefixes = new int[10];
    private final int charPrefix;
    /** Per thread, one bit per rank, kept zeroed between texts by {@link TextGrams}. */
    private final ThreadLocal<long[]> seen;
    private final int seenWords;

    private Vocabulary(List<String> featuresInColumnOrder) {
        int n = featuresInColumnOrder.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> featuresInColumnOrder.get(a).compareTo(featuresInColumnOrder.get(b)));
        names = new String[n];
        columns = new int[n];
        context = new boolean[n];
        prefixOf = new int[n];
        rest = new char[n][];
        slots = new long[Integer.highestOneBit(Math.max(4, n) * 2) << 1]; // load factor ≤ 1/2
        mask = slots.length - 1;
        for (int rank = 0; rank < n; rank++) {
            String name = featuresInColumnOrder.get(order[rank]);
            names[rank] = name;
            columns[rank] = order[rank];
            context[rank] = name.startsWith("x:");
            int colon = name.indexOf(':');
            String prefix = name.substring(0, colon + 1);
            prefixOf[rank] = prefixes.computeIfAbsent(prefix, p -> prefixes.size() + 1);
            rest[rank] = name.substring(colon + 1).toCharArray();
            int h = hash(prefixOf[rank], rest[rank], 0, rest[rank].length);
            int slot = h & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = (long) h << 32 | (rank + 1);
        }
        for (int k = 1; k < wordPrefixes.length; k++) {
            wordPrefixes[k] = prefix(k == 1 ? "w:" : "w" + k + ":");
        }
        charPrefix = prefix("c:");
        seenWords = (n + 63) >>> 6;
        int summaryWords = (seenWords + 63) >>> 6;
        seen = ThreadLocal.withInitial(() -> new long[seenWords + summaryWords]);
    }

    /**
     * This thread's bitset over the ranks ({@link #seenWords()} words), then one bit per word of it
     * that holds a set bit; all zero (its user clears the bits it set).
     */
    long[] seenBits() {
        return seen.get();
    }

    /** Words of the rank bitset in {@link #seenBits()}, where its summary starts. */
    int seenWords() {
        return seenWords;
    }

    /** @param featuresInColumnOrder the shipped feature → column map, column i being the i-th name */
    public static Vocabulary of(List<String> featuresInColumnOrder) {
        return new Vocabulary(featuresInColumnOrder);
    }

    public int size() {
        return names.length;
    }

    /** Id of a feature-name prefix such as {@code "c:"}, or 0 when no feature has it (nothing to look up). */
    public int prefix(String prefix) {
        return prefixes.getOrDefault(prefix, 0);
    }

    /** Prefix id of word n-grams of length {@code n} ({@code "w:"}, {@code "w2:"}, ...), 0 when unknown. */
    int wordPrefix(int n) {
        return n < wordPrefixes.length ? wordPrefixes[n] : prefix("w" + n + ":");
    }

    int charPrefix() {
        return charPrefix;
    }

    /** Rank of the feature {@code prefix + buf[off, off+len)}, or -1 when the model does not know it. */
    public int rank(int prefix, char[] buf, int off, int len) {
        if (prefix == 0) {
            return -1;
        }
        int h = hash(prefix, buf, off, len);
        for (int slot = h & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if ((int) (slots[slot] >>> 32) == h) {
                int r = (int) slots[slot] - 1;
                if (prefixOf[r] == prefix && same(rest[r], buf, off, len)) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** Rank of a whole feature name, or -1. */
    public int rank(String name) {
        int colon = name.indexOf(':');
        char[] chars = name.toCharArray();
        return rank(prefix(name.substring(0, colon + 1)), chars, colon + 1, chars.length - colon - 1);
    }

    public String name(int rank) {
        return names[rank];
    }

    public int column(int rank) {
        return columns[rank];
    }

    /** Whether the feature is a context token (weighs 1, outside the text's normalisation). */
    public boolean isContext(int rank) {
        return context[rank];
    }

    /** A plain loop: n-grams are a few chars, too short for the vectorised mismatch to pay off. */
    private static boolean same(char[] name, char[] buf, int off, int len) {
        if (name.length != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (name[i] != buf[off + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(int prefix, char[] buf, int off, int len) {
        int h = prefix * 0x9E3779B1;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + buf[i];
        }
        return h ^ (h >>> 15) ^ (h >>> 7);
    }
}
