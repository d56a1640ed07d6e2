package io.clearline.classification.features;

import java.util.Arrays;
import java.util.Map;

/**
 * Serving's featurizer: the n-grams of {@link Featurizer#counts} probed straight in a
 * {@link Vocabulary}, counted as sorted ranks, weighted and normalised in the reference's order (name
 * order) with the same arithmetic, so every value is the same double. One instance per call.
 */
final class TextGrams {

    private final Featurizer reference;
    private final FeaturizerSpec spec;
    private final Vocabulary vocabulary;
    private int[] hits = new int[64];
    private int size;

    TextGrams(Featurizer reference, Vocabulary vocabulary) {
        this.reference = reference;
        this.spec = reference.spec();
        this.vocabulary = vocabulary;
    }

    IndexedFeatures vectorize(String text, Map<String, String> context) {
        FoldedText folded = FoldedText.of(text == null ? "" : text, reference);
        int longest = 0;
        for (int t = 0; t < folded.count; t++) {
            longest = Math.max(longest, folded.ends[t] - folded.starts[t]);
        }
        char[] scratch = new char[Math.max(folded.chars.length + spec.wordNgramMax(), longest + 2)];
        for (int t = 0; t < folded.count; t++) {
            wordGrams(folded, t, scratch);
            charGrams(folded.chars, folded.starts[t], folded.ends[t], scratch);
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

    private void charGrams(char[] chars, int start, int end, char[] scratch) {
        int prefix = vocabulary.charPrefix();
        if (spec.charNgramMax() == 0 || prefix == 0) {
            return;
        }
        int padded = end - start + 2;
        scratch[0] = ' ';
        System.arraycopy(chars, start, scratch, 1, end - start);
        scratch[padded - 1] = ' ';
        for (int n = spec.charNgramMin(); n <= spec.charNgramMax(); n++) {
            for (int i = 0; i + n <= padded; i++) {
                hit(vocabulary.rank(prefix, scratch, i, n));
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
        if (size == hits.length) {
            hits = Arrays.copyOf(hits, size * 2);
        }
        hits[size++] = rank;
    }

    /** Ranks sorted = names sorted; a run of one rank is its count (a context token counts once). */
    private IndexedFeatures weigh() {
        Arrays.sort(hits, 0, size);
        int[] ranks = new int[size];
        int[] counts = new int[size];
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct > 0 && ranks[distinct - 1] == hits[i]) {
                counts[distinct - 1]++;
            } else {
                ranks[distinct] = hits[i];
                counts[distinct++] = 1;
            }
        }
        double norm = 0;
        for (int k = 0; k < distinct; k++) {
            if (!vocabulary.isContext(ranks[k])) {
                double w = 1 + Math.log(counts[k]);
                norm += w * w;
            }
        }
        norm = Math.sqrt(norm);
        String[] names = new String[distinct];
        double[] values = new double[distinct];
        int[] columns = new int[distinct];
        for (int k = 0; k < distinct; k++) {
            names[k] = vocabulary.name(ranks[k]);
            values[k] = vocabulary.isContext(ranks[k]) ? 1.0 : (1 + Math.log(counts[k])) / norm;
            columns[k] = vocabulary.column(ranks[k]);
        }
        return new IndexedFeatures(new FeatureVector(names, values), columns);
    }
}
