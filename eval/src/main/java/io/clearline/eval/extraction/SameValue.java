package io.clearline.eval.extraction;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Whether an extracted value equals the truth: amounts and quantities by number, dates by day,
 * text ignoring case, spacing and punctuation, lists as sets.
 */
final class SameValue {

    private SameValue() {
    }

    static boolean same(Object truth, Object predicted) {
        if (truth == null || predicted == null) {
            return false;
        }
        if (truth instanceof Boolean || predicted instanceof Boolean) {
            return String.valueOf(truth).equalsIgnoreCase(String.valueOf(predicted));
        }
        if (truth instanceof Collection<?> t && predicted instanceof Collection<?> p) {
            return new TreeSet<>(t.stream().map(String::valueOf).toList())
                    .equals(new TreeSet<>(p.stream().map(String::valueOf).toList()));
        }
        String t = String.valueOf(truth);
        String p = predicted instanceof LocalDate d ? d.toString() : String.valueOf(predicted);
        if (predicted instanceof BigDecimal number) {
            try {
                return new BigDecimal(t.replace(",", "")).compareTo(number) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return text(t).equals(text(p));
    }

    static String text(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        // '#' before a number is how some documents (and invoice2data's templates) mark it, not part of it
        return n.replaceAll("[\\s\\u00A0,.;:]+", " ").replaceAll("^#\\s*", "").strip();
    }
}
