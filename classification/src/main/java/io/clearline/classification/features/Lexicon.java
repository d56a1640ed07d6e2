package io.clearline.classification.features;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Words a model never saw in training mapped onto training words it knows ({@code lexicon.tsv} beside
 * the model, built at retrain time from sentence embeddings; ADR 012). A text word with an entry also
 * brings its anchors' word feature ({@code w:anchor}) and, when the file says so, the anchors'
 * character n-grams, so "haulage" scores like "freight" would. A map lookup per word at serving time.
 *
 * <p>File: one line per word, {@code word<TAB>anchor[<TAB>anchor...]}, words as the featurizer folds
 * them; lines starting with {@code #} are comments, except {@code #adds<TAB>w} (anchors' word feature
 * only) or {@code #adds<TAB>w,c} (and their character n-grams), which says what an anchor adds.
 */
public final class Lexicon {

    public static final String FILE = "lexicon.tsv";
    /** No entries: featurization exactly as without a lexicon. */
    public static final Lexicon NONE = new Lexicon(Map.of(), false);

    private final Map<String, char[][]> anchors;
    private final boolean charGrams;
    private final int shortest;
    private final int longest;

    private Lexicon(Map<String, char[][]> anchors, boolean charGrams) {
        this.anchors = anchors;
        this.charGrams = charGrams;
        this.shortest = anchors.keySet().stream().mapToInt(String::length).min().orElse(0);
        this.longest = anchors.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** @param entries word → its anchors, best first; {@code charGrams}: anchors add their character n-grams too */
    public static Lexicon of(Map<String, List<String>> entries, boolean charGrams) {
        Map<String, char[][]> map = new HashMap<>();
        entries.forEach((word, list) -> {
            if (word.isEmpty() || list.isEmpty()) {
                throw new IllegalArgumentException("lexicon entry without a word or anchors: '" + word + "'");
            }
            map.put(word, list.stream().map(String::toCharArray).toArray(char[][]::new));
        });
        return map.isEmpty() ? NONE : new Lexicon(map, charGrams);
    }

    public static Lexicon parse(byte[] tsv) {
        Map<String, List<String>> entries = new TreeMap<>();
        boolean charGrams = false;
        for (String line : new String(tsv, StandardCharsets.UTF_8).split("\n")) {
            String[] cells = line.strip().split("\t");
            if (cells[0].isEmpty()) {
                continue;
            }
            if (cells[0].startsWith("#")) {
                if (cells[0].equals("#adds") && cells.length == 2) {
                    charGrams = Arrays.asList(cells[1].split(",")).contains("c");
                }
                continue;
            }
            if (cells.length < 2) {
                throw new IllegalArgumentException("lexicon line without an anchor: '" + line + "'");
            }
            entries.put(cells[0], List.of(Arrays.copyOfRange(cells, 1, cells.length)));
        }
        return of(entries, charGrams);
    }

    /** The file's bytes: the {@code #adds} line, then the entries sorted by word. */
    public byte[] toTsv() {
        StringBuilder out = new StringBuilder("#adds\t").append(charGrams ? "w,c" : "w").append('\n');
        new TreeMap<>(anchors).forEach((word, list) -> {
            out.append(word);
            for (char[] a : list) {
                out.append('\t').append(a);
            }
            out.append('\n');
        });
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public boolean isEmpty() {
        return anchors.isEmpty();
    }

    public int size() {
        return anchors.size();
    }

    /** Whether an anchor adds its character n-grams as well as its word feature. */
    public boolean charGrams() {
        return charGrams;
    }

    /** The anchors of a folded word, or null. */
    public List<String> anchors(String word) {
        char[][] a = anchors.get(word);
        return a == null ? null : Arrays.stream(a).map(String::new).toList();
    }

    /** The anchors of the folded word {@code chars[start, end)}, or null; no String for words of no entry's length. */
    char[][] anchors(char[] chars, int start, int end) {
        int len = end - start;
        if (len < shortest || len > longest) {
            return null;
        }
        return anchors.get(new String(chars, start, len));
    }

    /** Entries as word → anchors, sorted by word. */
    public Map<String, List<String>> entries() {
        Map<String, List<String>> out = new TreeMap<>();
        anchors.keySet().forEach(w -> out.put(w, anchors(w)));
        return out;
    }

    @Override
    public String toString() {
        return "Lexicon[" + anchors.size() + " words" + (charGrams ? ", anchors add char n-grams" : "") + "]";
    }

    /** Used by {@link Featurizer#counts}: anchors as Strings, without copying the entry list per call. */
    String[] anchorStrings(String word) {
        char[][] a = anchors.get(word);
        if (a == null) {
            return null;
        }
        String[] out = new String[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = new String(a[i]);
        }
        return out;
    }
}
