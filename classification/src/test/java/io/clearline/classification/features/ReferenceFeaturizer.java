package io.clearline.classification.features;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The featurizer as the shipped models were trained with it (session 2), frozen as the oracle that
 * serving's faster path must match value for value. Do not optimise this copy.
 */
public final class ReferenceFeaturizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CONTEXT_SPLIT = Pattern.compile("[,;\\s]+");

    private final FeaturizerSpec spec;
    private final Lexicon lexicon;
    /** The lexicon's entries, read once (a 42k-entry lexicon copied per word made the parity test take minutes). */
    private final Map<String, java.util.List<String>> entries;

    public ReferenceFeaturizer(FeaturizerSpec spec) {
        this(spec, Lexicon.NONE);
    }

    /**
     * With a lexicon of unseen words (ADR 012): a word with an entry also counts each anchor's word feature and,
     * when the lexicon says so, the anchor's character n-grams — written here from the entries alone.
     */
    public ReferenceFeaturizer(FeaturizerSpec spec, Lexicon lexicon) {
        this.spec = spec;
        this.lexicon = lexicon;
        this.entries = lexicon.entries();
    }

    public FeaturizerSpec spec() {
        return spec;
    }

    /** Raw n-gram counts of the text and the context tokens, before any vocabulary. */
    public Map<String, Integer> counts(String text, Map<String, String> context) {
        Map<String, Integer> counts = new TreeMap<>();
        String[] tokens = tokens(text == null ? "" : text);
        for (int i = 0; i < tokens.length; i++) {
            counts.merge("w:" + tokens[i], 1, Integer::sum);
            StringBuilder gram = new StringBuilder(tokens[i]);
            for (int n = 2; n <= spec.wordNgramMax() && i + n <= tokens.length; n++) {
                gram.append('_').append(tokens[i + n - 1]);
                counts.merge("w" + n + ":" + gram, 1, Integer::sum);
            }
            addCharGrams(tokens[i], counts);
            for (String anchor : entries.getOrDefault(tokens[i], java.util.List.of())) {
                counts.merge("w:" + anchor, 1, Integer::sum);
                if (lexicon.charGrams()) {
                    addCharGrams(anchor, counts);
                }
            }
        }
        if (context != null) {
            for (String key : spec.contextKeys()) {
                String value = context.get(key);
                if (value == null) {
                    continue;
                }
                for (String token : CONTEXT_SPLIT.split(value.strip().toUpperCase(Locale.ROOT))) {
                    if (!token.isEmpty()) {
                        counts.put("x:" + key + "=" + token, 1);
                    }
                }
            }
        }
        return counts;
    }

    /** Weighted, normalised features restricted to {@code vocabulary}; names sorted. */
    public FeatureVector vectorize(String text, Map<String, String> context, Predicate<String> vocabulary) {
        Map<String, Integer> counts = counts(text, context);
        double norm = 0;
        int kept = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (vocabulary.test(e.getKey())) {
                kept++;
                if (!e.getKey().startsWith("x:")) {
                    double w = 1 + Math.log(e.getValue());
                    norm += w * w;
                }
            }
        }
        norm = Math.sqrt(norm);
        String[] names = new String[kept];
        double[] values = new double[kept];
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (vocabulary.test(e.getKey())) {
                names[i] = e.getKey();
                values[i] = e.getKey().startsWith("x:") ? 1.0 : (1 + Math.log(e.getValue())) / norm;
                i++;
            }
        }
        return new FeatureVector(names, values);
    }

    String[] tokens(String text) {
        String head = text.length() > spec.maxChars() ? text.substring(0, spec.maxChars()) : text;
        String folded = MARKS.matcher(Normalizer.normalize(head, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("ß", "ss");
        String normalised = DIGITS.matcher(folded).replaceAll("0").strip();
        return SPLIT.splitAsStream(normalised).filter(t -> !t.isEmpty()).toArray(String[]::new);
    }

    private void addCharGrams(String token, Map<String, Integer> counts) {
        if (spec.charNgramMax() == 0) {
            return;
        }
        String padded = " " + token + " ";
        for (int n = spec.charNgramMin(); n <= spec.charNgramMax(); n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                counts.merge("c:" + padded.substring(i, i + n), 1, Integer::sum);
            }
        }
    }
}
