package io.clearline.classification.features;

import java.util.Arrays;
import java.util.Map;

/**
 * Serving's featurizer: the n-grams of {@link Featurizer#counts} probed straight in a
 * {@link Vocabulary}, counted by rank, weighted and normalised in the reference's order (name order)
 * with the same arithmetic, so every value is the same double. One instance per call.
 *
 * <p>Ranks are counted without sorting the hits: the first hit of a rank sets its bit in a per-thread
 * bitset over the vocabulary ({@link Vocabulary#seenBits()}, with a second level that marks the words
 * in use), later hits of it go to a short list of repeats. Reading the set bits in order gives the
 * distinct ranks in name order; the sorted repeats merge into their counts.
 */
final class TextGrams {

    private final Featurizer reference;
    private final FeaturizerSpec spec;
    private final Vocabulary vocabulary;
    private final Lexicon lexicon;
    /** 1 + log(count) for small counts: the same doubles as computing it, without the call. */
    private static final double[] WEIGHT = new double[64];

    static {
        for (int c = 1; c < WEIGHT.length; c++) {
            WEIGHT[c] = 1 + Math.log(c);
        }
    }

    /** Bit per rank in words [0, summary), then one bit per word in use from {@code summary} on. */
    private final long[] seen;
    private final int summary;
    private int distinct;
    private int[] repeats = new int[32];
    private int repeated;

    TextGrams(Featurizer reference, Vocabulary vocabulary) {
        this.reference = reference;
        this.spec = reference.spec();
        this.vocabulary = vocabulary;
        this.lexicon = reference.lexicon().isEmpty() ? null : reference.lexicon();
        this.seen = vocabulary.seenBits();
        this.summary = vocabulary.seenWords();
    }

    IndexedFeatures vectorize(String text, Map<String, String> context) {
        try {
            return count(text, context);
        } finally {
            // the bitset is the thread's: leave it zeroed for its next text, whatever happened
            for (int s = summary; s < seen.length; s++) {
                for (long used = seen[s]; used != 0; used &= used - 1) {
                    seen[((s - summary) << 6) + Long.numberOfTrailingZeros(used)] = 0;
                }
                seen[s] = 0;
            }
        }
    }

    private IndexedFeatures count(String text, Map<String, String> context) {
        FoldedText folded = FoldedText.of(text == null ? "" : text, reference);
        int longest = 0;
        for (int t = 0; t < folded.count; t++) {
            longest = Math.max(longest, folded.ends[t] - folded.starts[t]);
        }
        char[] scratch = new char[Math.max(folded.chars.length + spec.wordNgramMax(), longest + 2)];
        for (int t = 0; t < folded.count; t++) {
            wordGrams(folded, t, scratch);
            charGrams(folded.chars, folded.starts[t], folded.ends[t], scratch);
            if (lexicon != null) {
                anchors(folded, t, scratch);
            }
        }
        if (context != null) {
            contextTokens(context);
        }
        return weigh();
    }

    private void wordGrams(FoldedText folded, int t, char[] scratch) {
        int len = folded.ends[t] - folded.starts[t];
        System.arraycopy(folded.chars, folded.starts[t], scratch, 0, len);
        hit(vocabulary.rank(vocabulary.wordPrefix(1), scratch, 0, len));
        for (int n = 2; n <= spec.wordNgramMax() && t + n <= folded.count; n++) {
            int next = t + n - 1;
            scratch[len++] = '_';
            int nextLen = folded.ends[next] - folded.starts[next];
            System.arraycopy(folded.chars, folded.starts[next], scratch, len, nextLen);
            len += nextLen;
            hit(vocabulary.rank(vocabulary.wordPrefix(n), scratch, 0, len));
        }
    }

    /** A word the lexicon knows adds its anchors' word feature (and their char n-grams when it says so). */
    private void anchors(FoldedText folded, int t, char[] scratch) {
        char[][] anchors = lexicon.anchors(folded.chars, folded.starts[t], folded.ends[t]);
        if (anchors == null) {
            return;
        }
        for (char[] anchor : anchors) {
            hit(vocabulary.rank(vocabulary.wordPrefix(1), anchor, 0, anchor.length));
            if (lexicon.charGrams()) {
                charGrams(anchor, 0, anchor.length, anchor.length + 2 > scratch.length ? new char[anchor.length + 2] : scratch);
            }
        }
    }

    /** Every n-gram starting at a position extends the shorter one's hash by a char. */
    private void charGrams(char[] chars, int start, int end, char[] scratch) {
        int prefix = vocabulary.charPrefix();
        if (spec.charNgramMax() == 0 || prefix == 0) {
            return;
        }
        int padded = end - start + 2;
        scratch[0] = ' ';
        System.arraycopy(chars, start, scratch, 1, end - start);
        scratch[padded - 1] = ' ';
        int min = spec.charNgramMin();
        int max = spec.charNgramMax();
        int seed = Vocabulary.seed(prefix);
        long prefixKey = Vocabulary.pack(0, 0, (char) prefix);
        for (int i = 0; i + min <= padded; i++) {
            int raw = seed;
            long key = prefixKey;
            for (int n = 1; n <= max && i + n <= padded; n++) {
                raw = Vocabulary.step(raw, scratch[i + n - 1]);
                key = Vocabulary.pack(key, n, scratch[i + n - 1]);
                if (n >= min) {
                    hit(vocabulary.rankOfRaw(raw, key, prefix, scratch, i, n));
                }
            }
        }
    }

    private void contextTokens(Map<String, String> context) {
        for (String key : spec.contextKeys()) {
            String value = context.get(key);
            if (value == null) {
                continue;
            }
            for (String token : Featurizer.contextTokens(value)) {
                if (!token.isEmpty()) {
                    hit(vocabulary.rank("x:" + key + "=" + token));
                }
            }
        }
    }

    private void hit(int rank) {
        if (rank < 0) {
            return;
        }
        int w = rank >>> 6;
        long bit = 1L << rank;
        long word = seen[w];
        if ((word & bit) == 0) {
            if (word == 0) {
                seen[summary + (w >>> 6)] |= 1L << w;
            }
            seen[w] = word | bit;
            distinct++;
        } else {
            if (repeated == repeats.length) {
                repeats = Arrays.copyOf(repeats, repeated * 2);
            }
            repeats[repeated++] = rank;
        }
    }

    /** Set bits in order = names sorted; a rank's count is 1 + its repeats (a context token counts once). */
    private IndexedFeatures weigh() {
        Arrays.sort(repeats, 0, repeated);
        int[] ranks = new int[distinct];
        int[] counts = new int[distinct];
        int k = 0;
        int r = 0;
        for (int s = summary; s < seen.length; s++) {
            for (long used = seen[s]; used != 0; used &= used - 1) {
                int w = ((s - summary) << 6) + Long.numberOfTrailingZeros(used);
                for (long word = seen[w]; word != 0; word &= word - 1) {
                    int rank = (w << 6) + Long.numberOfTrailingZeros(word);
                    int count = 1;
                    while (r < repeated && repeats[r] == rank) {
                        count++;
                        r++;
                    }
                    ranks[k] = rank;
                    counts[k++] = count;
                }
            }
        }
        double norm = 0;
        for (k = 0; k < distinct; k++) {
            if (!vocabulary.isContext(ranks[k])) {
                double w = weight(counts[k]);
                norm += w * w;
            }
        }
        norm = Math.sqrt(norm);
        double[] values = new double[distinct];
        int[] columns = new int[distinct];
        for (k = 0; k < distinct; k++) {
            values[k] = vocabulary.isContext(ranks[k]) ? 1.0 : weight(counts[k]) / norm;
            columns[k] = vocabulary.column(ranks[k]);
        }
        return new IndexedFeatures(vocabulary, ranks, values, columns);
    }

    private static double weight(int count) {
        return count < WEIGHT.length ? WEIGHT[count] : 1 + Math.log(count);
    }
}
