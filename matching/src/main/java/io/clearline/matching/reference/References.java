package io.clearline.matching.reference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Document numbers as payers write them. {@link #canonical} folds a reference to one key: upper case,
 * no punctuation, no {@code INV}/{@code #}/{@code NO.} prefix, OCR look-alikes read as digits
 * (O→0, I/l→1, S→5, B→8) when the token is mostly digits, no leading zeros. The same function keys the
 * index, so "INV-001O452" and "10452" meet.
 */
public final class References {

    private static final String[] PREFIXES = {"INVOICE", "INVNO", "INV", "NO", "NR", "REF", "DOC", "BILL", "CM", "CR", "PO"};

    private References() {
    }

    /** The canonical key, or "" when nothing number-like is left. */
    public static String canonical(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                s.append(Character.toUpperCase(c));
            }
        }
        String t = stripPrefix(s.toString());
        t = readDigits(t);
        int zeros = 0;
        while (zeros < t.length() - 1 && t.charAt(zeros) == '0') {
            zeros++;
        }
        return zeros == 0 ? t : t.substring(zeros);
    }

    /** Whether a canonical key looks like a document number (not a word). */
    public static boolean numberLike(String canonical) {
        if (canonical.length() < 4) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < canonical.length(); i++) {
            if (Character.isDigit(canonical.charAt(i))) {
                digits++;
            }
        }
        return digits * 2 >= canonical.length() + 1;
    }

    /** Strips prefix words, repeatedly: "INVOICE NO. 10452" loses both. */
    private static String stripPrefix(String t) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String p : PREFIXES) {
                if (t.startsWith(p) && t.length() > p.length() + 2 && looksNumeric(t.substring(p.length()))) {
                    t = t.substring(p.length());
                    stripped = true;
                    break;
                }
            }
        }
        return t;
    }

    private static boolean looksNumeric(String rest) {
        int digits = 0;
        for (int i = 0; i < rest.length(); i++) {
            if (Character.isDigit(rest.charAt(i))) {
                digits++;
            }
        }
        return digits * 2 > rest.length();
    }

    /** OCR look-alikes become digits, but only inside a token that is mostly digits already. */
    private static String readDigits(String t) {
        if (!looksNumeric(t) && !allLettersLookLikeDigits(t)) {
            return t;
        }
        char[] c = t.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = switch (c[i]) {
                case 'O', 'D', 'Q' -> '0';
                case 'I', 'L', 'J' -> '1';
                case 'S' -> '5';
                case 'B' -> '8';
                case 'Z' -> '2';
                case 'G' -> '6';
                default -> c[i];
            };
        }
        return new String(c);
    }

    private static boolean allLettersLookLikeDigits(String t) {
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if ("ODQILJSBZG".indexOf(c) < 0) {
                return false;
            }
        }
        return digits * 2 >= t.length() && digits > 0;
    }

    /** Whether the raw token needed OCR folding to reach its key (letters where digits belong). */
    public static boolean hadOcrLetters(String raw) {
        String upper = raw.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        String stripped = stripPrefix(upper);
        for (int i = 0; i < stripped.length(); i++) {
            if (Character.isLetter(stripped.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Number-like tokens of a free text ("PMT INV 1045 2 / #1046 REF PO-4500"), each with its raw
     * spelling; a bare prefix word is glued to the number after it.
     */
    /** "less credit CM-5", "credit memo 17", "net of CN 22", or a bare "CM-5": short numbers a memo names as credits. */
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "(?i)(\\bcredit(?:\\s+(?:memo|note))?\\b|\\bcm\\b|\\bcn\\b)\\s*(?:no\\.?|#|:)?\\s*([a-z0-9][a-z0-9-]*)"
                    + "|\\b((?:cm|cn)-?\\d+)\\b");

    /**
     * Credit memos the text names, however short their numbers (which {@link #tokens} skips as noise):
     * only looked up exactly, and only among credit memos, by the planner.
     */
    public static List<Token> creditMentions(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        var m = CREDIT.matcher(text);
        Set<String> seen = new LinkedHashSet<>();
        while (m.find()) {
            String raw = m.group(2) != null ? m.group(2) : m.group(3);
            String key = canonical(raw);
            if (!key.isEmpty() && seen.add(key)) {
                out.add(new Token(raw, key));
            }
            // "cm 5" names document CM-5
            String keyword = m.group(1) == null ? "" : m.group(1).strip();
            if (keyword.length() == 2 && seen.add(canonical(keyword + raw))) {
                out.add(new Token(keyword + " " + raw, canonical(keyword + raw)));
            }
        }
        return out;
    }

    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String[] parts = text.split("[\\s,;:()\\[\\]]+");
        Set<String> seen = new LinkedHashSet<>();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            for (String piece : splitJoined(part)) {
                String key = canonical(piece);
                if (numberLike(key) && seen.add(key)) {
                    out.add(new Token(piece, key));
                }
            }
        }
        return out;
    }

    /** "1045231/1045232" and "1045231&1045232" hold two references. */
    private static List<String> splitJoined(String part) {
        if (part.indexOf('/') < 0 && part.indexOf('&') < 0 && part.indexOf('+') < 0) {
            return List.of(part);
        }
        return List.of(part.split("[/&+]"));
    }

    /** Adjacent-digit transpositions of a key: where a typist swapped two digits. */
    public static List<String> transpositions(String key) {
        List<String> out = new ArrayList<>(key.length());
        char[] c = key.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            if (c[i] != c[i + 1]) {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                String v = new String(c);
                if (v.charAt(0) != '0') {
                    out.add(v);
                }
                c[i + 1] = c[i];
                c[i] = t;
            }
        }
        return out;
    }

    /** How a written key relates to a document's key, or null when it does not. */
    public static Relation relate(String written, String document) {
        if (written.equals(document)) {
            return Relation.EQUAL;
        }
        int wl = written.length();
        int dl = document.length();
        if (wl == dl) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < wl; i++) {
                if (written.charAt(i) != document.charAt(i)) {
                    if (++diffs > 2) {
                        return null;
                    }
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            if (diffs == 1) {
                return Relation.ONE_CHARACTER;
            }
            if (first + 1 < wl && written.charAt(first) == document.charAt(first + 1)
                    && written.charAt(first + 1) == document.charAt(first)) {
                return Relation.TRANSPOSED;
            }
            return null;
        }
        if (wl >= 4 && wl < dl && dl - wl <= 3) {
            if (document.endsWith(written) || document.startsWith(written)) {
                return Relation.TRUNCATED;
            }
        }
        return null;
    }

    /** A reference as written and its canonical key. */
    public record Token(String raw, String key) {
    }

    public enum Relation { EQUAL, ONE_CHARACTER, TRANSPOSED, TRUNCATED }
}
