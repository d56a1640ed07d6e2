package io.clearline.extraction.fields;

import io.clearline.core.Confidence;
import io.clearline.core.document.ExtractedField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Repairs the letters OCR confuses with digits (O and 0, I and l and 1) inside codes, only where the
 * code's shape leaves one reading: a group of a number that is otherwise digits ("45000O1234"), or a
 * column of codes that all share one shape ("OA-37991" among "KC-80961", "PW-79463" read as
 * "0A-37991"). A code that fits no such shape is left as read.
 */
final class CodeShapes {

    /** Codes of one shape needed in a column before the shape is trusted. */
    private static final int MIN_ALIKE = 3;
    /** Share of a column's codes that must have the common shape. */
    private static final double MAJORITY = 0.6;
    private static final double REPAIRED = 0.9;

    private CodeShapes() {
    }

    /** Digits for O / I / l inside groups of a code that hold at least three digits and no other letter. */
    static String inDigitGroups(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int start = 0;
        for (int i = 0; i <= code.length(); i++) {
            if (i == code.length() || isSeparator(code.charAt(i))) {
                out.append(group(code.substring(start, i)));
                if (i < code.length()) {
                    out.append(code.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static String group(String g) {
        int digits = 0;
        int confusable = 0;
        for (char c : g.toCharArray()) {
            if (Character.isDigit(c)) {
                digits++;
            } else if (asDigit(c) != 0) {
                confusable++;
            } else {
                return g; // another letter: a word or a letter prefix, not a number
            }
        }
        if (digits < 3 || confusable == 0 || confusable * 3 > digits) {
            return g;
        }
        StringBuilder b = new StringBuilder(g.length());
        for (char c : g.toCharArray()) {
            b.append(Character.isDigit(c) ? c : asDigit(c));
        }
        return b.toString();
    }

    /** A header identifier read by OCR, with its digit groups repaired; the same field when nothing changed. */
    static ExtractedField<Object> identifier(ExtractedField<Object> field) {
        if (!(field.value() instanceof String code)) {
            return field;
        }
        String repaired = inDigitGroups(code);
        return repaired.equals(code) ? field : field.withValue((Object) repaired)
                .withConfidence(Confidence.clamped(field.confidence().value() * REPAIRED));
    }

    /** The column's codes that differ from the column's common shape only by a confused letter, repaired. */
    static void column(List<Map<String, ExtractedField<Object>>> rows, String column) {
        Map<String, Integer> shapes = new HashMap<>();
        int codes = 0;
        for (Map<String, ExtractedField<Object>> row : rows) {
            if (row.get(column) != null && row.get(column).value() instanceof String code) {
                shapes.merge(shape(code), 1, Integer::sum);
                codes++;
            }
        }
        Optional<Map.Entry<String, Integer>> common = shapes.entrySet().stream().max(Map.Entry.comparingByValue());
        if (common.isEmpty() || common.get().getValue() < MIN_ALIKE || common.get().getValue() < codes * MAJORITY) {
            return;
        }
        String shape = common.get().getKey();
        for (Map<String, ExtractedField<Object>> row : rows) {
            ExtractedField<Object> f = row.get(column);
            if (f != null && f.value() instanceof String code && !shape(code).equals(shape)) {
                fit(code, shape).ifPresent(fixed -> row.put(column, f.withValue((Object) fixed)
                        .withConfidence(Confidence.clamped(f.confidence().value() * REPAIRED))));
            }
        }
    }

    /** "OA-37991" → "AA-99999": letters as A, digits as 9, everything else as itself. */
    static String shape(String code) {
        StringBuilder b = new StringBuilder(code.length());
        for (char c : code.toCharArray()) {
            b.append(Character.isDigit(c) ? '9' : Character.isLetter(c) ? 'A' : c);
        }
        return b.toString();
    }

    private static Optional<String> fit(String code, String shape) {
        if (code.length() != shape.length()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            char want = shape.charAt(i);
            if (want == '9' && !Character.isDigit(c)) {
                char d = asDigit(c);
                if (d == 0) {
                    return Optional.empty();
                }
                b.append(d);
            } else if (want == 'A' && !Character.isLetter(c)) {
                char l = asLetter(c);
                if (l == 0) {
                    return Optional.empty();
                }
                b.append(l);
            } else if (want != '9' && want != 'A' && c != want) {
                return Optional.empty();
            } else {
                b.append(c);
            }
        }
        return Optional.of(b.toString());
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '/' || c == '_' || c == '.' || c == ' ';
    }

    private static char asDigit(char c) {
        return switch (c) {
            case 'O', 'o' -> '0';
            case 'I', 'l', '|' -> '1';
            default -> 0;
        };
    }

    private static char asLetter(char c) {
        return switch (c) {
            case '0' -> 'O';
            case '1' -> 'I';
            default -> 0;
        };
    }
}
