package io.clearline.extraction.fields;

import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.doctype.TitleWords;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The recipient of a letter-style document when no label names it: the first name-like line near
 * the top whose block below carries a postal code (the address window of business letters), and
 * which is not the sender.
 */
final class AddressWindow {

    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\d-])\\d{4,5}\\s+\\p{L}|\\b[A-Z]{2}\\s+\\d{5}\\b|\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b");

    private AddressWindow() {
    }

    static Optional<ExtractedField<Object>> recipient(String field, LaidOutText text, DocumentLocale locale,
                                                      String sender) {
        List<Line> lines = text.lines();
        for (int i = 0; i < Math.min(lines.size(), 30); i++) {
            Line line = lines.get(i);
            if (line.page() != 1) {
                break;
            }
            if (sender != null && line.phrases().stream()
                    .anyMatch(p -> SameText.startsWith(p.text().strip(), sender))) {
                continue; // a block beside the sender's name is the sender's own (a branch, a contact)
            }
            for (Phrase p : line.phrases()) {
                String t = p.text().strip();
                if (!nameLike(t, locale) || sender != null && SameText.same(t, sender)) {
                    continue;
                }
                if (!continuesBlockAbove(lines, i, p) && hasPostcodeBelow(lines, i, p)) {
                    return Optional.of(Located.field(field, t, 0.5, List.of(p), text));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean nameLike(String t, DocumentLocale locale) {
        return t.length() >= 3 && t.length() <= 60 && !t.contains(":") && !t.contains("@")
                && t.chars().filter(Character::isDigit).count() <= 2 && !TitleWords.containsTitle(t)
                && !Labels.isAnyFieldLabel(t) && Values.name(t, locale).isPresent() && !POSTCODE.matcher(t).find();
    }

    /** "Ecke 12" under "Bei Spiel GmbH" is a street of the block above, not a name starting one. */
    private static boolean continuesBlockAbove(List<Line> lines, int at, Phrase first) {
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
            Line above = lines.get(k);
            if (above.page() != first.page() || first.box().y0() - above.bottom() > first.fontSize() * 2.2) {
                return false;
            }
            if (above.phrases().stream().anyMatch(p -> Math.abs(p.x0() - first.x0()) < 4)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPostcodeBelow(List<Line> lines, int at, Phrase first) {
        double bottom = first.box().y1();
        for (int k = at + 1; k < Math.min(lines.size(), at + 9); k++) {
            Line next = lines.get(k);
            if (next.page() != first.page() || next.top() - bottom > first.fontSize() * 1.8) {
                return false;
            }
            for (Phrase p : next.phrases()) {
                if (Math.abs(p.x0() - first.x0()) < 4) {
                    if (POSTCODE.matcher(p.text()).find()) {
                        return true;
                    }
                    bottom = p.box().y1();
                }
            }
        }
        return false;
    }

    /** Text equality ignoring case and spacing. */
    private static final class SameText {

        static boolean same(String a, String b) {
            return a.replaceAll("\\s+", " ").equalsIgnoreCase(b.replaceAll("\\s+", " "));
        }

        static boolean startsWith(String text, String start) {
            return text.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT)
                    .startsWith(start.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
        }
    }
}
