package io.clearline.classification.training;

import io.clearline.classification.features.Featurizer;
import io.clearline.classification.features.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Builds a model's {@link Lexicon} at retrain time (ADR 012): every word of a general word list that
 * no training text contains is embedded with a sentence-embedding model (MiniLM, {@link MiniLm}) and
 * mapped onto its nearest anchors, training words the model has a feature for, when they are similar
 * enough. Unsupervised: its inputs are the training texts, the model's word features and the word
 * lists, never a label, a term list of the generator or a text the model is evaluated on.
 *
 * <p>Anchors are the training words in at least {@link Settings#minAnchorDf} texts (seen often enough
 * for the model to have learnt them) and in at most {@link Settings#maxAnchorShare} of them: a word in
 * that many texts is frame wording ("reason", "claim", "invoice", "the") that every label shares, and a
 * new word near it would only pull a text towards the frame.
 */
public final class LexiconBuilder {

    /** Turns words into vectors (MiniLM at retrain time; anything deterministic in tests). */
    public interface Embedder {
        float[][] embed(List<String> words);
    }

    /**
     * @param minAnchorDf    least training texts an anchor appears in
     * @param maxAnchorShare most training texts (share) an anchor appears in
     * @param minWordLength  shortest word-list word that gets an entry
     * @param minCosine      least cosine similarity of a word to an anchor it keeps
     * @param maxAnchors     anchors kept per word (the nearest ones above {@code minCosine})
     * @param charGrams      whether an anchor adds its character n-grams as well as its word feature
     * @param minGlossCosine least cosine of a word embedded as its gloss ({@link Glossary}) to an anchor it keeps:
     *                       a definition and a word are less alike than two words, so its own threshold (ADR 014)
     * @param maxGlossAnchors anchors kept per word embedded as its gloss
     */
    public record Settings(int minAnchorDf, double maxAnchorShare, int minWordLength, double minCosine, int maxAnchors,
            boolean charGrams, double minGlossCosine, int maxGlossAnchors) {

        public Settings {
            if (maxAnchors < 1 || maxGlossAnchors < 1 || maxAnchors > KEPT_NEIGHBOURS || maxGlossAnchors > KEPT_NEIGHBOURS) {
                throw new IllegalArgumentException("anchors per word must be 1.." + KEPT_NEIGHBOURS);
            }
        }

        /** Without a glossary: glossed words (there are none) would be selected like any other word. */
        public Settings(int minAnchorDf, double maxAnchorShare, int minWordLength, double minCosine, int maxAnchors,
                boolean charGrams) {
            this(minAnchorDf, maxAnchorShare, minWordLength, minCosine, maxAnchors, charGrams, minCosine, maxAnchors);
        }

        /**
         * The choices made on the dev split (ADR 012): anchors in 20+ texts and at most 5% of them, words of
         * 4+ letters, the 2 nearest anchors at cosine 0.65 or more, anchors adding their char n-grams; a word
         * embedded as its gloss keeps its nearest anchor at cosine 0.40 or more (ADR 014).
         */
        public static Settings defaults() {
            return new Settings(20, 0.05, 4, 0.65, 2, true, 0.40, 1);
        }

        public Settings withSelection(double cosine, int anchors, boolean grams) {
            return new Settings(minAnchorDf, maxAnchorShare, minWordLength, cosine, anchors, grams, minGlossCosine,
                    maxGlossAnchors);
        }

        public Settings withGlossSelection(double cosine, int anchors) {
            return new Settings(minAnchorDf, maxAnchorShare, minWordLength, minCosine, maxAnchors, charGrams, cosine,
                    anchors);
        }
    }

    /**
     * A word-list word and its nearest anchors, most similar first, with their cosines; {@code glossed}: the
     * word was embedded as its gloss.
     */
    public record Neighbours(String word, List<String> anchors, float[] cosines, boolean glossed) {
    }

    /** What a build saw and took how long, for the model card. */
    public record Build(Lexicon lexicon, List<Neighbours> neighbours, int trainingWords, int anchors,
            int candidates, long embedMillis, long totalMillis) {

        /** The lexicon again with other selection settings, from the same neighbours (no new embedding). */
        public Lexicon select(Settings settings) {
            return LexiconBuilder.select(neighbours, settings);
        }
    }

    /** How many nearest anchors a build keeps per word, so a selection with fewer can be redone cheaply. */
    static final int KEPT_NEIGHBOURS = 3;

    private LexiconBuilder() {
    }

    /**
     * @param trainingTexts the model's training texts (their words are never lexicon entries)
     * @param modelWords    the words the model has a {@code w:} feature for (anchors must be among them)
     * @param wordLists     general word lists, one word per line
     */
    public static Build build(Featurizer featurizer, Collection<String> trainingTexts, Set<String> modelWords,
            List<Path> wordLists, Settings settings, Embedder embedder) {
        return build(featurizer, trainingTexts, modelWords, wordLists, Glossary.NONE, settings, embedder);
    }

    /**
     * As above, with a glossary (ADR 014): its words are candidates too, and every candidate it explains is
     * embedded as its gloss instead of on its own and compared with the anchors embedded as their glosses (an
     * anchor the glossary does not explain, as itself); other candidates are compared with the anchors as words.
     */
    public static Build build(Featurizer featurizer, Collection<String> trainingTexts, Set<String> modelWords,
            List<Path> wordLists, Glossary glossary, Settings settings, Embedder embedder) {
        long start = System.nanoTime();
        Map<String, Integer> df = documentFrequencies(featurizer, trainingTexts);
        int maxDf = (int) Math.floor(settings.maxAnchorShare() * trainingTexts.size());
        List<String> anchors = df.entrySet().stream()
                .filter(e -> e.getValue() >= settings.minAnchorDf() && e.getValue() <= maxDf)
                .map(Map.Entry::getKey).filter(w -> alphabetic(w) && modelWords.contains(w)).sorted().toList();
        List<String> candidates = candidates(featurizer, wordLists, glossary.words(), df.keySet(),
                settings.minWordLength());
        long embedStart = System.nanoTime();
        float[][] anchorVectors = normalised(embedder.embed(anchors));
        // a definition is compared with definitions: the anchors the glossary explains, as their glosses too
        float[][] anchorGlossVectors = glossary.size() == 0 ? anchorVectors
                : normalised(glossary.explaining(embedder).embed(anchors));
        float[][] candidateVectors = normalised(glossary.explaining(embedder).embed(candidates));
        long embedMillis = (System.nanoTime() - embedStart) / 1_000_000;
        List<Neighbours> neighbours = nearest(candidates, candidateVectors, anchors, anchorVectors, anchorGlossVectors,
                glossary);
        return new Build(select(neighbours, settings), neighbours, df.size(), anchors.size(), candidates.size(),
                embedMillis, (System.nanoTime() - start) / 1_000_000);
    }

    /** Per word of the training texts (as the featurizer tokenises them), in how many texts it appears. */
    static Map<String, Integer> documentFrequencies(Featurizer featurizer, Collection<String> texts) {
        Map<String, Integer> df = new HashMap<>();
        for (String text : texts) {
            for (String word : new HashSet<>(List.of(featurizer.tokens(text == null ? "" : text)))) {
                df.merge(word, 1, Integer::sum);
            }
        }
        return df;
    }

    /**
     * Word-list words folded as the featurizer folds them: one alphabetic token of at least
     * {@code minLength} letters, not a training word. Capitalised entries are skipped: in an English
     * list they are names and places, which would only map onto whatever word they sound like.
     */
    static List<String> candidates(Featurizer featurizer, List<Path> wordLists, List<String> moreWords,
            Set<String> trainingWords, int minLength) {
        Set<String> out = new LinkedHashSet<>();
        List<List<String>> sources = new ArrayList<>();
        for (Path list : wordLists) {
            try {
                sources.add(Files.readAllLines(list, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read word list " + list, e);
            }
        }
        sources.add(moreWords);
        for (List<String> lines : sources) {
            for (String line : lines) {
                String entry = line.strip();
                if (entry.isEmpty() || Character.isUpperCase(entry.charAt(0))) {
                    continue;
                }
                String[] tokens = featurizer.tokens(entry);
                if (tokens.length == 1 && tokens[0].length() >= minLength && alphabetic(tokens[0])
                        && !trainingWords.contains(tokens[0])) {
                    out.add(tokens[0]);
                }
            }
        }
        return out.stream().sorted().toList();
    }

    private static List<Neighbours> nearest(List<String> words, float[][] vectors, List<String> anchors,
            float[][] anchorWordVectors, float[][] anchorGlossVectors, Glossary glossary) {
        Neighbours[] out = new Neighbours[words.size()];
        IntStream.range(0, words.size()).parallel().forEach(i -> {
            boolean glossed = glossary.gloss(words.get(i)) != null;
            float[][] anchorVectors = glossed ? anchorGlossVectors : anchorWordVectors;
            int[] best = new int[KEPT_NEIGHBOURS];
            float[] cos = new float[KEPT_NEIGHBOURS];
            java.util.Arrays.fill(cos, -2f);
            for (int a = 0; a < anchorVectors.length; a++) {
                float c = dot(vectors[i], anchorVectors[a]);
                if (c > cos[KEPT_NEIGHBOURS - 1]) {
                    int k = KEPT_NEIGHBOURS - 1;
                    while (k > 0 && cos[k - 1] < c) {
                        cos[k] = cos[k - 1];
                        best[k] = best[k - 1];
                        k--;
                    }
                    cos[k] = c;
                    best[k] = a;
                }
            }
            int kept = Math.min(KEPT_NEIGHBOURS, anchors.size());
            List<String> names = new ArrayList<>(kept);
            for (int k = 0; k < kept; k++) {
                names.add(anchors.get(best[k]));
            }
            out[i] = new Neighbours(words.get(i), names, java.util.Arrays.copyOf(cos, kept), glossed);
        });
        return List.of(out);
    }

    static Lexicon select(List<Neighbours> neighbours, Settings settings) {
        Map<String, List<String>> entries = new TreeMap<>();
        for (Neighbours n : neighbours) {
            List<String> kept = new ArrayList<>();
            int most = n.glossed() ? settings.maxGlossAnchors() : settings.maxAnchors();
            double least = n.glossed() ? settings.minGlossCosine() : settings.minCosine();
            for (int k = 0; k < n.anchors().size() && kept.size() < most; k++) {
                if (n.cosines()[k] >= least) {
                    kept.add(n.anchors().get(k));
                }
            }
            if (!kept.isEmpty()) {
                entries.put(n.word(), kept);
            }
        }
        return Lexicon.of(entries, settings.charGrams());
    }

    private static boolean alphabetic(String word) {
        return word.chars().allMatch(Character::isLetter);
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static float[][] normalised(float[][] vectors) {
        for (float[] v : vectors) {
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= scale;
            }
        }
        return vectors;
    }
}
