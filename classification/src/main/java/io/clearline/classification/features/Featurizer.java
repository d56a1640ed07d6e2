package io.clearline.classification.features;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Text (plus context entries) → word and character n-gram features. The one featurizer that
 * training and serving share: normalisation folds case and accents and collapses digit runs to
 * {@code 0}, so invoice numbers and amounts do not become vocabulary; weights are 1 + log(count),
 * L2-normalised over the text features that the vocabulary keeps; each context token weighs 1.
 */
public final class Featurizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CONTEXT_SPLIT = Pattern.compile("[,;\\s]+");

    private final FeaturizerSpec spec;
    private final Lexicon lexicon;

    public Featurizer(FeaturizerSpec spec) {
        this(spec, Lexicon.NONE);
    }

    /** With a {@link Lexicon}: a word that has an entry adds its anchors' features as well as its own. */
    public Featurizer(FeaturizerSpec spec, Lexicon lexicon) {
        this.spec = spec;
        this.lexicon = lexicon == null ? Lexicon.NONE : lexicon;
    }

    public FeaturizerSpec spec() {
        return spec;
    }

    public Lexicon lexicon() {
        return lexicon;
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
            String[] anchors = lexicon.isEmpty() ? null : lexicon.anchorStrings(tokens[i]);
            if (anchors != null) {
                for (String anchor : anchors) {
                    counts.merge("w:" + anchor, 1, Integer::sum);
                    if (lexicon.charGrams()) {
                        addCharGrams(anchor, counts);
                    }
                }
            }
        }
        if (context != null) {
            for (String key : spec.contextKeys()) {
                String value = context.get(key);
                if (value == null) {
                    continue;
                }
                for (String token : contextTokens(value)) {
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

    /**
     * The same features as {@link #vectorize(String, Map, Predicate)} with the vocabulary's own
     * predicate, value for value, found without building a String per n-gram; with the model columns.
     */
    public IndexedFeatures vectorize(String text, Map<String, String> context, Vocabulary vocabulary) {
        return new TextGrams(this, vocabulary).vectorize(text, context);
    }

    /** The words of a text as features see them: folded, digit runs collapsed to {@code 0}, split on the rest. */
    public String[] tokens(String text) {
        String head = text.length() > spec.maxChars() ? text.substring(0, spec.maxChars()) : text;
        String folded = fold(head);
        String normalised = DIGITS.matcher(folded).replaceAll("0").strip();
        return SPLIT.splitAsStream(normalised).filter(t -> !t.isEmpty()).toArray(String[]::new);
    }

    /** Case, accents and compatibility forms folded: the part of normalisation before digit runs. */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("ß", "ss");
    }

    /** Context tokens of one entry's value, as {@link #counts} reads them. */
    static String[] contextTokens(String value) {
        return CONTEXT_SPLIT.split(value.strip().toUpperCase(Locale.ROOT));
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
