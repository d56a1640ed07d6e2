package io.clearline.classification.features;

/**
 * A text normalised as {@link Featurizer#tokens} does (folded, digit runs collapsed to {@code 0}),
 * laid out in one char buffer with token offsets. Latin text (U+0000–U+024F) is folded char by
 * char from a table that {@link Featurizer#fold} itself computed, which is exact there because every
 * decomposition in that range starts with a base character, so no reordering or context crosses a
 * char. Beyond it, a char that can only separate tokens (not a letter, number or mark, and neither is
 * anything its compatibility decomposition or fold gives: €, typographic quotes and dashes, …) becomes
 * a space, which splits the same; anything else takes the reference path (Normalizer and regular
 * expressions).
 */
final class FoldedText {

    private static final int LATIN_END = 0x250;
    private static final String[] FOLD = new String[LATIN_END];
    private static final int MAX_EXPANSION;
    /** Per char beyond Latin: 0 not looked at yet, 1 only separates tokens, 2 needs the reference path. */
    private static final byte[] WIDE = new byte[0x10000];

    static {
        int max = 1;
        for (char c = 0x80; c < LATIN_END; c++) {
            FOLD[c] = Featurizer.fold(String.valueOf(c));
            max = Math.max(max, FOLD[c].length());
        }
        MAX_EXPANSION = max;
    }

    final char[] chars;
    final int[] starts;
    final int[] ends;
    final int count;

    private FoldedText(char[] chars, int[] starts, int[] ends, int count) {
        this.chars = chars;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
    }

    static FoldedText of(String text, Featurizer reference) {
        String head = text.length() > reference.spec().maxChars() ? text.substring(0, reference.spec().maxChars()) : text;
        char[] out = new char[head.length() * MAX_EXPANSION];
        int len = 0;
        boolean digitRun = false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c < 0x80) {
                char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                len = append(out, len, lower, digitRun);
                digitRun = lower >= '0' && lower <= '9';
            } else if (c < LATIN_END) {
                String f = FOLD[c];
                for (int k = 0; k < f.length(); k++) {
                    char fc = f.charAt(k);
                    len = append(out, len, fc, digitRun);
                    digitRun = fc >= '0' && fc <= '9';
                }
            } else if (separatesOnly(c)) {
                len = append(out, len, ' ', digitRun);
                digitRun = false;
            } else {
                return ofTokens(reference.tokens(text));
            }
        }
        return split(out, len);
    }

    /** Whether {@code c} (beyond Latin) folds to nothing but chars that split tokens; cached per char. */
    static boolean separatesOnly(char c) {
        byte known = WIDE[c];
        if (known == 0) {
            known = onlySeparators(c) ? (byte) 1 : (byte) 2;
            WIDE[c] = known; // a race writes the same value
        }
        return known == 1;
    }

    private static boolean onlySeparators(char c) {
        String one = String.valueOf(c);
        return !Character.isSurrogate(c) && noWordCharOrMark(one)
                && noWordCharOrMark(java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFKD))
                && noWordCharOrMark(Featurizer.fold(one));
    }

    private static boolean noWordCharOrMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char d = s.charAt(i);
            int type = Character.getType(d);
            if (isWordChar(d) || Character.isSurrogate(d) || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    private static int append(char[] out, int len, char c, boolean digitRun) {
        if (c >= '0' && c <= '9') {
            if (!digitRun) {
                out[len++] = '0';
            }
            return len;
        }
        out[len++] = c;
        return len;
    }

    /** Tokens are the longest runs of letters and numbers, as the reference's split pattern finds them. */
    private static FoldedText split(char[] chars, int len) {
        int[] starts = new int[len / 2 + 1];
        int[] ends = new int[starts.length];
        int count = 0;
        int i = 0;
        while (i < len) {
            while (i < len && !isWordChar(chars[i])) {
                i++;
            }
            if (i == len) {
                break;
            }
            starts[count] = i;
            while (i < len && isWordChar(chars[i])) {
                i++;
            }
            ends[count++] = i;
        }
        return new FoldedText(chars, starts, ends, count);
    }

    private static FoldedText ofTokens(String[] tokens) {
        int total = 0;
        for (String t : tokens) {
            total += t.length() + 1;
        }
        char[] chars = new char[total];
        int[] starts = new int[tokens.length];
        int[] ends = new int[tokens.length];
        int at = 0;
        for (int k = 0; k < tokens.length; k++) {
            tokens[k].getChars(0, tokens[k].length(), chars, at);
            starts[k] = at;
            at += tokens[k].length();
            ends[k] = at;
            chars[at++] = ' ';
        }
        return new FoldedText(chars, starts, ends, tokens.length);
    }

    /** {@code \p{L}} or {@code \p{N}} for a char of the BMP outside the surrogates. */
    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
