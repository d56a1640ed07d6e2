package io.clearline.classification.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a dictionary says a word means, for the {@link LexiconBuilder} (ADR 014): a rare word embedded on its
 * own says little to a sentence-embedding model ("spoilage" is nearest to "explanation"), its definition
 * says a lot ("the amount that has spoiled; the process of becoming spoiled" is nearest to "destroyed",
 * "damaged"). A glossary maps a word to the text embedded in its place: its synonyms and the definitions of
 * its first senses.
 *
 * <p>Read from a Princeton WordNet 3.0 database (Debian {@code wordnet-base}: {@code index.noun},
 * {@code data.noun}, ... in {@code /usr/share/wordnet}): per part of speech (noun, verb, adjective), the
 * word's first senses in WordNet's order (most frequent first), each as its other synonyms and its
 * definition without the quoted usage examples. Only one-word entries: a lexicon entry is one word.
 */
public final class Glossary {

    /** Senses per word kept by default (across parts of speech, nouns first). */
    public static final int SENSES = 2;
    private static final List<String> PARTS = List.of("noun", "verb", "adj");

    /** WordNet's detachment rules (morphy): an inflected ending and what replaces it, nouns, verbs, adjectives. */
    private static final String[][] ENDINGS = {
        {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
        {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"er", ""},
        {"est", ""}, {"er", "e"}, {"est", "e"}};

    private final Map<String, String> glosses;
    private final Map<String, String> irregular;

    private Glossary(Map<String, String> glosses, Map<String, String> irregular) {
        this.glosses = Collections.unmodifiableMap(glosses);
        this.irregular = Collections.unmodifiableMap(irregular);
    }

    /** No glosses: every word is embedded as itself (ADR 012's lexicon). */
    public static final Glossary NONE = new Glossary(Map.of(), Map.of());

    public static Glossary of(Map<String, String> glosses) {
        return new Glossary(new TreeMap<>(glosses), Map.of());
    }

    /** WordNet's one-word entries of {@code dir}, each with its first {@code senses} senses. */
    public static Glossary wordNet(Path dir, int senses) {
        if (senses < 1) {
            throw new IllegalArgumentException("senses must be >= 1: " + senses);
        }
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (String part : PARTS) {
            Map<String, Synset> synsets = synsets(read(dir.resolve("data." + part)));
            for (String line : read(dir.resolve("index." + part))) {
                if (line.isEmpty() || line.startsWith(" ")) {
                    continue; // licence header
                }
                String[] cells = line.strip().split(" ");
                String lemma = cells[0];
                if (!lemma.chars().allMatch(Character::isLetter)) {
                    continue; // collocations ("sales_tax"), hyphenations, numbers
                }
                int count = Integer.parseInt(cells[2]);
                List<String> kept = texts.computeIfAbsent(lemma, k -> new ArrayList<>());
                for (int i = cells.length - count; i < cells.length && kept.size() < senses; i++) {
                    Synset synset = synsets.get(cells[i]);
                    // a sense where WordNet writes the word capitalised is a name ("Paris", "Lent"), not a word
                    if (synset != null && synset.words().contains(lemma)) {
                        kept.add(synset.sense(lemma));
                    }
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        texts.forEach((lemma, list) -> {
            if (!list.isEmpty()) {
                out.put(lemma, lemma + ": " + String.join("; ", list));
            }
        });
        Map<String, String> irregular = new HashMap<>();
        for (String part : PARTS) {
            for (String line : read(dir.resolve(part + ".exc"))) {
                String[] cells = line.strip().split(" ");
                if (cells.length >= 2 && out.containsKey(cells[1])) {
                    irregular.putIfAbsent(cells[0], cells[1]); // "abode abide": an inflected form, its lemma
                }
            }
        }
        return new Glossary(out, irregular);
    }

    /**
     * The text embedded in the word's place, or null: the word's own gloss, else (an inflected form, "spoiled",
     * "tariffs") the gloss of its WordNet lemma, found as WordNet's morphy does: the exception lists, then the
     * regular endings.
     */
    public String gloss(String word) {
        String own = glosses.get(word);
        if (own != null) {
            return own;
        }
        String lemma = irregular.get(word);
        if (lemma != null) {
            return glosses.get(lemma);
        }
        for (String[] ending : ENDINGS) {
            if (word.length() > ending[0].length() + 2 && word.endsWith(ending[0])) {
                String base = word.substring(0, word.length() - ending[0].length()) + ending[1];
                String gloss = glosses.get(base);
                if (gloss != null) {
                    return gloss;
                }
            }
        }
        return null;
    }

    /** The words the glossary explains, sorted. */
    public List<String> words() {
        return List.copyOf(glosses.keySet());
    }

    public int size() {
        return glosses.size();
    }

    /** An embedder that embeds a word the glossary explains as its gloss, and any other word as itself. */
    public LexiconBuilder.Embedder explaining(LexiconBuilder.Embedder inner) {
        return words -> inner.embed(words.stream().map(w -> {
            String gloss = gloss(w);
            return gloss == null ? w : gloss;
        }).toList());
    }

    /** A WordNet sense: its words as WordNet writes them (case kept) and its definition. */
    private record Synset(List<String> words, String definition) {

        /** The sense as the gloss of {@code lemma}: its other words, then the definition. */
        String sense(String lemma) {
            String others = String.join(", ", words.stream().filter(w -> !w.equals(lemma)).toList());
            return others.isEmpty() ? definition : others + " - " + definition;
        }
    }

    /** Synset offset → synset, from a WordNet {@code data.*} file. */
    private static Map<String, Synset> synsets(List<String> lines) {
        Map<String, Synset> out = new HashMap<>();
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith(" ")) {
                continue;
            }
            int bar = line.indexOf(" | ");
            String[] head = (bar < 0 ? line : line.substring(0, bar)).split(" ");
            int words = Integer.parseInt(head[3], 16);
            List<String> synonyms = new ArrayList<>(words);
            for (int i = 0; i < words; i++) {
                // "excise_tax", "sure(p)": underscores are spaces, a parenthesised marker is syntax; case kept
                synonyms.add(head[4 + 2 * i].replaceAll("\\(.*\\)$", "").replace('_', ' '));
            }
            String definition = bar < 0 ? "" : line.substring(bar + 3).replaceAll("\"[^\"]*\"", "")
                    .replaceAll("[;:,\\s]+$", "").strip();
            out.put(head[0], new Synset(List.copyOf(synonyms), definition));
        }
        return out;
    }

    private static List<String> read(Path file) {
        try {
            // WordNet 3.0's files are Latin-1 (a few accented loanwords); reading them as UTF-8 would fail
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read WordNet file " + file
                    + " (Debian: apt-get install wordnet-base)", e);
        }
    }

    @Override
    public String toString() {
        return "Glossary[" + glosses.size() + " words]";
    }
}
