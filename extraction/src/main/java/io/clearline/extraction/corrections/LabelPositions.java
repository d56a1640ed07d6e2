package io.clearline.extraction.corrections;

import io.clearline.extraction.fields.DocumentLocale;
import io.clearline.extraction.fields.Kind;
import io.clearline.extraction.fields.Labels;
import io.clearline.extraction.fields.Values;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import io.clearline.extraction.layout.Word;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Learns and re-reads where a document holds a field, from the layout alone: a corrected value is
 * looked up among the phrases; the label beside it (left on the line, in the same phrase, or above it)
 * is what the sender calls that field. On the sender's next document the same label leads to the value.
 * Nothing here knows any layout; the label is whatever text the sender printed.
 */
final class LabelPositions {

    /** How far below a label (in line heights) its value may stand. */
    private static final double BELOW_REACH = 3.0;

    private LabelPositions() {
    }

    /** Where the corrected value stands and which label names it; empty when it is not in the text or has no label. */
    static Optional<Found> learn(LaidOutText text, Kind kind, String correctedValue) {
        Optional<Object> expected = canonical(kind, correctedValue);
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        DocumentLocale locale = DocumentLocale.detect(text);
        List<Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            for (int p = 0; p < line.phrases().size(); p++) {
                Phrase phrase = line.phrases().get(p);
                List<Word> words = phrase.words();
                // the shortest tail first: "Wertstellung 14.03.2024" holds a date, but the date is its last word
                for (int k = words.size() - 1; k >= 0; k--) {
                    String valueText = join(words.subList(k, words.size()));
                    if (!same(kind, valueText, expected.get(), locale)) {
                        continue;
                    }
                    Optional<Found> found = k > 0 ? inline(phrase, k, valueText, text.positional())
                            : beside(lines, i, p, valueText, text.positional());
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The value next to the label, trying the learned relation first (a label and value may merge into one phrase on another document). */
    static Optional<Found> read(LaidOutText text, String label, Relation learned) {
        List<Relation> order = new ArrayList<>(List.of(learned));
        for (Relation r : Relation.values()) {
            if (r != learned) {
                order.add(r);
            }
        }
        for (Relation relation : order) {
            Optional<Found> found = readAt(text, label, relation);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The printed text as the field's value, as the extractor would have typed it. */
    static Optional<Object> value(Kind kind, String printed, LaidOutText text) {
        Optional<Object> typed = Values.read(kind, printed, DocumentLocale.detect(text));
        if (typed.isPresent()) {
            return typed;
        }
        return switch (kind) {
            case IDENTIFIER, NAME, TEXT, ADDRESS -> printed.isBlank() ? Optional.empty() : Optional.of(printed.strip());
            default -> Optional.empty();
        };
    }

    /** The analyst's value in the contract's form: ISO dates, plain decimals, text. */
    static Optional<Object> canonical(Kind kind, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return switch (kind) {
                case DATE -> Optional.of(LocalDate.parse(v));
                case AMOUNT, QUANTITY -> Optional.of(new BigDecimal(v));
                default -> Optional.of(v);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Found> readAt(LaidOutText text, String label, Relation relation) {
        List<Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            for (int p = 0; p < line.phrases().size(); p++) {
                Phrase phrase = line.phrases().get(p);
                Optional<Found> found = switch (relation) {
                    case RIGHT -> isLabel(phrase.text(), label) && p + 1 < line.phrases().size()
                            ? Optional.of(at(label, relation, line.phrases().get(p + 1), text.positional()))
                            : Optional.empty();
                    case INLINE -> afterLabel(phrase, label, text.positional());
                    case BELOW -> isLabel(phrase.text(), label) ? under(lines, i, phrase)
                            .map(v -> at(label, relation, v, text.positional())) : Optional.empty();
                };
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> afterLabel(Phrase phrase, String label, boolean positional) {
        List<Word> words = phrase.words();
        for (int k = 1; k < words.size(); k++) {
            if (isLabel(join(words.subList(0, k)), label)) {
                List<Word> rest = words.subList(k, words.size());
                return Optional.of(new Found(label, Relation.INLINE, join(rest), phrase.page(),
                        positional ? new Phrase(rest).box() : null));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> inline(Phrase phrase, int k, String valueText, boolean positional) {
        String label = join(phrase.words().subList(0, k));
        if (!labelLike(label)) {
            return Optional.empty();
        }
        Phrase value = new Phrase(phrase.words().subList(k, phrase.words().size()));
        return Optional.of(new Found(Labels.normalise(label), Relation.INLINE, valueText, phrase.page(),
                positional ? value.box() : null));
    }

    private static Optional<Found> beside(List<Line> lines, int lineIndex, int phraseIndex, String valueText,
            boolean positional) {
        Line line = lines.get(lineIndex);
        Phrase value = line.phrases().get(phraseIndex);
        if (phraseIndex > 0 && labelLike(line.phrases().get(phraseIndex - 1).text())) {
            return Optional.of(new Found(Labels.normalise(line.phrases().get(phraseIndex - 1).text()), Relation.RIGHT,
                    valueText, value.page(), positional ? value.box() : null));
        }
        // the label above: the nearest phrase over the value on the lines just before it
        for (int i = lineIndex - 1; i >= 0; i--) {
            Line above = lines.get(i);
            if (above.page() != line.page() || line.top() - above.bottom() > BELOW_REACH * line.height()) {
                break;
            }
            for (Phrase candidate : above.phrases()) {
                if (overlaps(candidate, value) && labelLike(candidate.text())) {
                    return Optional.of(new Found(Labels.normalise(candidate.text()), Relation.BELOW, valueText,
                            value.page(), positional ? value.box() : null));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Phrase> under(List<Line> lines, int labelLine, Phrase label) {
        Line line = lines.get(labelLine);
        for (int i = labelLine + 1; i < lines.size(); i++) {
            Line below = lines.get(i);
            if (below.page() != line.page() || below.top() - line.bottom() > BELOW_REACH * line.height()) {
                break;
            }
            for (Phrase candidate : below.phrases()) {
                if (overlaps(candidate, label)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Found at(String label, Relation relation, Phrase value, boolean positional) {
        return new Found(label, relation, value.text(), value.page(), positional ? value.box() : null);
    }

    private static boolean same(Kind kind, String printed, Object expected, DocumentLocale locale) {
        return switch (kind) {
            case DATE, AMOUNT, QUANTITY -> Values.read(kind, printed, locale)
                    .map(v -> v instanceof BigDecimal b && expected instanceof BigDecimal e ? b.compareTo(e) == 0
                            : Objects.equals(v, expected))
                    .orElse(false);
            default -> squash(printed).equals(squash(expected.toString()));
        };
    }

    private static boolean isLabel(String printed, String label) {
        return labelLike(printed) && Labels.normalise(printed).equals(label);
    }

    /** Short, with letters and without digits: a label recurs across documents, a value does not. */
    static boolean labelLike(String text) {
        String t = text.strip();
        return t.length() >= 2 && t.length() <= 40 && t.chars().anyMatch(Character::isLetter)
                && t.chars().noneMatch(Character::isDigit) && !Labels.normalise(t).isEmpty();
    }

    private static boolean overlaps(Phrase a, Phrase b) {
        return a.overlap(b.x0(), b.x1()) > 0;
    }

    private static String join(List<Word> words) {
        return String.join(" ", words.stream().map(Word::text).toList());
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s:;,.]+$", "").replaceAll("\\s+", " ").strip();
    }
}
