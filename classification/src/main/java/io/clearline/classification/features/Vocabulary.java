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
    /**
     * Open addressing, two longs a slot: (hash << 32) | (rank + 1), then the key. A short key (the prefix
     * id and up to {@link #INLINE_CHARS} chars, each in 1–255: most n-grams) is the slot's second long
     * itself, {@link #packed} (its low byte, the prefix id, is not 0); a longer one lives in {@link #keys}
     * (the prefix id as one char, then the rest of the name) and the long is (offset << 24) | (length << 8),
     * low byte 0. A probe that misses reads the slot only; one that hits a short key, the slot only too.
     */
    private final long[] slots;
    private final int mask;
    private final char[] keys;
    static final int INLINE_CHARS = 7;
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
        int capacity = Integer.highestOneBit(Math.max(4, n) * 2) << 1; // load factor ≤ 1/2
        slots = new long[2 * capacity];
        mask = capacity - 1;
        int keyChars = 0;
        for (String name : featuresInColumnOrder) {
            keyChars += name.length() - name.indexOf(':');
        }
        keys = new char[keyChars];
        int at = 0;
        for (int rank = 0; rank < n; rank++) {
            String name = featuresInColumnOrder.get(order[rank]);
            names[rank] = name;
            columns[rank] = order[rank];
            context[rank] = name.startsWith("x:");
            int colon = name.indexOf(':');
            String prefix = name.substring(0, colon + 1);
            int prefixId = prefixes.computeIfAbsent(prefix, p -> prefixes.size() + 1);
            int length = name.length() - colon - 1;
            if (prefixId > Character.MAX_VALUE || length > 0xFFFF) {
                throw new IllegalArgumentException("feature name too long or too many prefixes: " + name);
            }
            keys[at] = (char) prefixId;
            name.getChars(colon + 1, name.length(), keys, at + 1);
            int h = hash(prefixId, keys, at + 1, length);
            int slot = h & mask;
            while (slots[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = (long) h << 32 | (rank + 1);
            long packed = packed(prefixId, keys, at + 1, length);
            slots[2 * slot + 1] = packed != 0 ? packed : (long) at << 24 | (long) length << 8;
            at += length + 1;
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
        return rankOfHash(mix(raw(prefix, buf, off, len)), packed(prefix, buf, off, len), prefix, buf, off, len);
    }

    /**
     * As {@link #rank(int, char[], int, int)} with the hash's unmixed part and the packed key already
     * computed: {@link #seed} and {@link #pack} of the prefix, then {@link #step} and {@link #pack} per
     * char (so n-grams sharing a start extend one hash and one key).
     */
    int rankOfRaw(int raw, long packed, int prefix, char[] buf, int off, int len) {
        return prefix == 0 ? -1 : rankOfHash(mix(raw), packed, prefix, buf, off, len);
    }

    private int rankOfHash(int h, long packed, int prefix, char[] buf, int off, int len) {
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long head = slots[2 * slot];
            if (head == 0) {
                return -1;
            }
            if ((int) (head >>> 32) == h) {
                long key = slots[2 * slot + 1];
                if (packed != 0) {
                    if (key == packed) {
                        return (int) head - 1;
                    }
                } else if ((key & 0xFF) == 0) {
                    int at = (int) (key >>> 24);
                    if ((int) (key >>> 8 & 0xFFFF) == len && keys[at] == prefix && same(keys, at + 1, buf, off, len)) {
                        return (int) head - 1;
                    }
                }
            }
        }
    }

    /**
     * The key {@code prefix + buf[off, off+len)} packed in a long (prefix id in the low byte, then a byte
     * per char), or 0 when it does not fit: more than {@link #INLINE_CHARS} chars, a char outside 1–255
     * or a prefix id over 255. Two keys that fit are equal exactly when their longs are (no byte is 0).
     */
    static long packed(int prefix, char[] buf, int off, int len) {
        if (len > INLINE_CHARS) {
            return 0;
        }
        long packed = pack(0, 0, (char) prefix);
        for (int i = 0; i < len && packed != 0; i++) {
            packed = pack(packed, i + 1, buf[off + i]);
        }
        return packed;
    }

    /**
     * {@code packed} with {@code c} as its {@code index}-th byte (0 = the prefix id); 0 when {@code packed}
     * is 0 already or {@code c} or the index does not fit.
     */
    static long pack(long packed, int index, char c) {
        if (c == 0 || c > 0xFF || index > INLINE_CHARS || index > 0 && packed == 0) {
            return 0;
        }
        return packed | (long) c << (8 * index);
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
    private static boolean same(char[] keys, int at, char[] buf, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (keys[at + i] != buf[off + i]) {
                return false;
            }
        }
        return true;
    }

    static int seed(int prefix) {
        return prefix * 0x9E3779B1;
    }

    static int step(int raw, char c) {
        return 31 * raw + c;
    }

    private static int raw(int prefix, char[] buf, int off, int len) {
        int h = seed(prefix);
        for (int i = off; i < off + len; i++) {
            h = step(h, buf[i]);
        }
        return h;
    }

    private static int mix(int h) {
        return h ^ (h >>> 15) ^ (h >>> 7);
    }

    private static int hash(int prefix, char[] buf, int off, int len) {
        return mix(raw(prefix, buf, off, len));
    }
}
