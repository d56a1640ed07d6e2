package io.clearline.extraction.fields;

import io.clearline.core.Confidence;
import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.doctype.TitleWords;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds header fields by their labels, without templates: a value sits in the label's own phrase
 * after a colon, to the right of the label on its line, or below it in the same column.
 */
final class LabelledFields {

    private static final double INLINE = 0.93;
    private static final double RIGHT = 0.9;
    private static final double BELOW = 0.85;
    /** Text under this share of the median font size is fine print. */
    private static final double FINE_PRINT = 0.55;

    private final LaidOutText text;
    private final Schema schema;
    private final DocumentLocale locale;
    private final Set<Integer> skipped;
    private final double titleSize;

    LabelledFields(LaidOutText text, Schema schema, DocumentLocale locale, Set<Integer> skipped) {
        this.text = text;
        this.schema = schema;
        this.locale = locale;
        this.skipped = skipped;
        this.titleSize = text.medianFontSize() * 1.35;
    }

    Map<String, ExtractedField<Object>> find() {
        Map<String, ExtractedField<Object>> best = new LinkedHashMap<>();
        for (Line line : text.lines()) {
            if (skipped.contains(line.index())) {
                continue;
            }
            for (int i = 0; i < line.phrases().size(); i++) {
                final int at = i;
                Phrase phrase = line.phrases().get(i);
                if (phrase.fontSize() > titleSize && TitleWords.isTitle(phrase.text())) {
                    continue; // the document's title ("Purchase Order") is no label
                }
                for (var field : schema.fields().entrySet()) {
                    label(phrase, field.getKey()).flatMap(inline -> value(field.getKey(), field.getValue(), line, at,
                            inline)).ifPresent(found -> {
                                ExtractedField<Object> current = best.get(found.name());
                                if (current == null || found.confidence().value() - rank(found.name(), phrase)
                                        > current.confidence().value() - rank(found.name(), labelOf(current))) {
                                    best.put(found.name(), found);
                                }
                            });
                }
            }
        }
        return best;
    }

    private final Map<ExtractedField<Object>, Phrase> labels = new IdentityHashMap<>();

    private Phrase labelOf(ExtractedField<Object> field) {
        return labels.get(field);
    }

    /** Earlier names in a field's list are the more specific ones ("grand total" before "amount due"). */
    private static double rank(String field, Phrase label) {
        if (label == null) {
            return 0;
        }
        List<String> names = Labels.FIELDS.get(field);
        String[] words = label.text().split(" ");
        for (int j = words.length; j >= 1; j--) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, j));
            for (int i = 0; i < names.size(); i++) {
                if (Labels.matches(List.of(names.get(i)), head)) {
                    return i * 0.001;
                }
            }
        }
        return 0.05;
    }

    /** The text after the label inside the same phrase ("" when the phrase is only the label). */
    private Optional<String> label(Phrase phrase, String field) {
        List<String> synonyms = Labels.FIELDS.get(field);
        String[] words = phrase.text().split(" ");
        for (int j = words.length; j >= 1; j--) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, j));
            if (Labels.matches(synonyms, head) || alternative(synonyms, head)) {
                if (j < words.length && !head.endsWith(":") && !words[j].startsWith(":") && !looksLikeValue(words[j])) {
                    continue;
                }
                String rest = String.join(" ", Arrays.copyOfRange(words, j, words.length));
                return Optional.of(rest.replaceFirst("^[:#\\s]+", ""));
            }
        }
        return Optional.empty();
    }

    /** "Käufer/Leistungsempfänger:" names the field with either word. */
    private static boolean alternative(List<String> synonyms, String head) {
        if (head.indexOf('/') <= 0) {
            return false;
        }
        for (String part : head.split("/")) {
            if (Labels.matches(synonyms, part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far right of its label a value may sit: totals are printed in the amount column at the
     * far right of a line whose label starts at the left margin (up to about two thirds of A4).
     */
    private static double reach(Kind kind) {
        return kind == Kind.AMOUNT ? 480 : 320;
    }

    private static boolean looksLikeValue(String word) {
        return word.chars().anyMatch(Character::isDigit) || word.matches("[€$£].*");
    }

    private Optional<ExtractedField<Object>> value(String field, Kind kind, Line line, int at, String inline) {
        Phrase label = line.phrases().get(at);
        Optional<ExtractedField<Object>> found = valueNear(field, kind, line, at, inline);
        if (text.positional() && label.fontSize() < text.medianFontSize() * FINE_PRINT) {
            // a label in fine print (a footer's "Datum: 30.10.2024 Zeit: 04:59") is seldom the document's field
            found = found.map(f -> f.withConfidence(Confidence.clamped(f.confidence().value() * 0.6)));
        }
        found.ifPresent(f -> labels.put(f, label));
        return found;
    }

    private Optional<ExtractedField<Object>> valueNear(String field, Kind kind, Line line, int at, String inline) {
        Phrase label = line.phrases().get(at);
        if (!inline.isBlank()) {
            Optional<Object> v = read(kind, inline);
            if (v.isPresent()) {
                return Optional.of(Located.field(field, v.get(), INLINE, List.of(label), text));
            }
        }
        if (at + 1 < line.phrases().size()) {
            Phrase right = line.phrases().get(at + 1);
            if (right.x0() - label.x1() < reach(kind) && !isLabel(right)) {
                Optional<ExtractedField<Object>> found = from(field, kind, right, RIGHT);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        Optional<Phrase> below = below(line, label);
        if (below.isPresent()) {
            Optional<ExtractedField<Object>> found = from(field, kind, below.get(), BELOW);
            if (found.isPresent()) {
                return found;
            }
        }
        if (kind == Kind.SIGNATURE || kind == Kind.EXCEPTIONS) {
            Object empty = kind == Kind.SIGNATURE ? Boolean.FALSE : List.of();
            return Optional.of(Located.field(field, empty, 0.7, List.of(label), text));
        }
        return Optional.empty();
    }

    private Optional<ExtractedField<Object>> from(String field, Kind kind, Phrase start, double confidence) {
        if (kind == Kind.NAME && isKeyValue(start)) {
            // a party block may open with "Number: 4711" or "GLN: ..." lines before the name
            for (Phrase p : block(start)) {
                if (!isKeyValue(p)) {
                    return read(kind, p.text()).map(v -> Located.field(field, v, confidence * 0.95, List.of(p), text));
                }
            }
            return Optional.empty();
        }
        List<Phrase> source = kind == Kind.ADDRESS || kind == Kind.EXCEPTIONS ? block(start) : List.of(start);
        String joined = String.join(kind == Kind.EXCEPTIONS ? "; " : ", ", source.stream().map(Phrase::text).toList());
        return read(kind, joined).map(v -> Located.field(field, v, confidence, source, text));
    }

    private Optional<Object> read(Kind kind, String value) {
        return Values.read(kind, value, locale);
    }

    /** The first phrase under the label, in its column, within a couple of lines. */
    private Optional<Phrase> below(Line line, Phrase label) {
        int index = text.lines().indexOf(line);
        for (int k = index + 1; k < Math.min(text.lines().size(), index + 4); k++) {
            Line next = text.lines().get(k);
            if (next.page() != line.page() || next.top() - label.box().y1() > label.fontSize() * 2.6) {
                break;
            }
            for (Phrase p : next.phrases()) {
                if (Math.abs(p.x0() - label.x0()) < 20 || p.overlap(label.x0(), label.x1()) > 0.5 * label.box().x1()
                        - 0.5 * label.box().x0()) {
                    return isLabel(p) ? Optional.empty() : Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The value phrase and the lines under it that start at the same x: an address or a remarks block. */
    private List<Phrase> block(Phrase first) {
        List<Phrase> block = new ArrayList<>(List.of(first));
        Phrase last = first;
        int index = lineIndexOf(first);
        for (int k = index + 1; k < text.lines().size() && block.size() < 5; k++) {
            Line next = text.lines().get(k);
            if (next.page() != first.page() || next.top() - last.box().y1() > last.fontSize() * 1.6) {
                break;
            }
            Optional<Phrase> aligned = next.phrases().stream().filter(p -> Math.abs(p.x0() - first.x0()) < 4)
                    .findFirst();
            if (aligned.isEmpty()) {
                continue;
            }
            if (isLabel(aligned.get())) {
                break;
            }
            block.add(aligned.get());
            last = aligned.get();
        }
        return block;
    }

    private int lineIndexOf(Phrase phrase) {
        for (int k = 0; k < text.lines().size(); k++) {
            if (text.lines().get(k).phrases().contains(phrase)) {
                return k;
            }
        }
        return -1;
    }

    /** "Globale Nummer: 400..." or "Nummer" followed by ": GE2020211": a key and its value, not a name. */
    private boolean isKeyValue(Phrase phrase) {
        if (phrase.text().contains(":")) {
            return true;
        }
        for (Line line : text.lines()) {
            int at = line.phrases().indexOf(phrase);
            if (at >= 0) {
                return at + 1 < line.phrases().size() && line.phrases().get(at + 1).text().startsWith(":");
            }
        }
        return false;
    }

    private boolean isLabel(Phrase phrase) {
        String raw = phrase.text();
        return Labels.isAnyFieldLabel(raw) || raw.endsWith(":") && raw.length() < 40;
    }
}
