package io.clearline.classification.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * K folds of a training partition by template, for cross-fitting (ADR 011): every template the texts
 * were generated from goes to one fold; fold {@code f} holds out the texts all of whose templates are in
 * {@code f} and trains on the texts none of whose templates are — texts that mix both are in neither. A
 * model trained on a fold's training texts has never seen the wording, frame or term of its held-out
 * texts, as a model in service never saw the calibration or test templates.
 *
 * <p>The templates of a text come from its {@link LabelledExample#family() family} (training-data's
 * generator): the reason wording ({@code reason-p}) or sentence pattern ({@code cue-p} and {@code term-p}
 * share the pattern list, so both are {@code pattern-p}), the frame ({@code frame-f}) and, for a term text,
 * the term ({@code t-j} → {@code term-j}) — the dev-carve rule of ADR 011. Mail parts (greeting, closing,
 * quote) are not folded. A text without a family, or worded otherwise (real code descriptions {@code code-},
 * corrections), names no template: every fold trains on it and none holds it out. Indices are compared
 * across languages and labels ({@code reason-3} is one template everywhere), which only makes the folds
 * coarser, never leaky.
 */
public final class TemplateFolds {

    /** One fold: what its model trains on, and the texts it scores (all of their templates held out). */
    public record Fold(List<LabelledExample> train, List<LabelledExample> heldOut) {
    }

    private final int folds;
    private final Map<String, Integer> foldOf;

    private TemplateFolds(int folds, Map<String, Integer> foldOf) {
        this.folds = folds;
        this.foldOf = Map.copyOf(foldOf);
    }

    /**
     * Assigns the templates of {@code texts} to {@code folds} folds: per kind (reason, pattern, frame, term)
     * the templates are shuffled with {@code seed} and dealt round, so each fold gets its share of every kind.
     */
    public static TemplateFolds of(List<LabelledExample> texts, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-fitting needs at least 2 template folds, was " + folds);
        }
        Map<String, Set<String>> byKind = new TreeMap<>();
        for (LabelledExample e : texts) {
            for (String t : templates(e.family())) {
                byKind.computeIfAbsent(t.substring(0, t.indexOf('-')), k -> new TreeSet<>()).add(t);
            }
        }
        Random random = new Random(seed);
        Map<String, Integer> foldOf = new HashMap<>();
        for (Set<String> kind : byKind.values()) {
            List<String> shuffled = new ArrayList<>(kind);
            Collections.shuffle(shuffled, random);
            for (int i = 0; i < shuffled.size(); i++) {
                foldOf.put(shuffled.get(i), i % folds);
            }
        }
        return new TemplateFolds(folds, foldOf);
    }

    /** The templates a generated text's family names (see the class comment); empty when it names none. */
    static Set<String> templates(String family) {
        if (family == null || family.isBlank()) {
            return Set.of();
        }
        String[] parts = family.split("/");
        String wording = parts[0];
        Set<String> out = new LinkedHashSet<>();
        if (wording.matches("reason-\\d+")) {
            out.add(wording);
        } else if (wording.matches("(cue|term)-\\d+")) {
            out.add("pattern-" + wording.substring(wording.indexOf('-') + 1));
        } else {
            return Set.of(); // code-, extra- and other wordings of the training partition only
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].matches("frame-\\d+")) {
                out.add(parts[i]);
            } else if (parts[i].matches("t-\\d+")) {
                out.add("term-" + parts[i].substring(2));
            }
        }
        return out;
    }

    public int folds() {
        return folds;
    }

    /** The fold a template went to, or -1 for a template these folds never saw. */
    public int foldOf(String template) {
        return foldOf.getOrDefault(template, -1);
    }

    /** Fold {@code f} of {@code texts} (the texts the folds were made from, or more of the same partition). */
    public Fold fold(List<LabelledExample> texts, int f) {
        if (f < 0 || f >= folds) {
            throw new IllegalArgumentException("fold " + f + " of " + folds);
        }
        List<LabelledExample> train = new ArrayList<>();
        List<LabelledExample> heldOut = new ArrayList<>();
        for (LabelledExample e : texts) {
            Set<String> templates = templates(e.family());
            long inFold = templates.stream().filter(t -> foldOf(t) == f).count();
            if (inFold == 0) {
                train.add(e);
            } else if (inFold == templates.size()) {
                heldOut.add(e);
            }
        }
        return new Fold(List.copyOf(train), List.copyOf(heldOut));
    }
}
