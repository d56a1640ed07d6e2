package io.clearline.extraction.fields;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a date in text as documents print it: ISO, numeric in either order, or with a month name. */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.,])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d|[.,]\\d)");
    /** "3 mars 2024", "1er avril 2024", "3 de marzo de 2024", "3. März 2024", "3 Mar, 2024". */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:er|º|°)?\\.?\\s*(?:de\\s+)?([\\p{L}]{3,10})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}])([\\p{L}]{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "januar", "janvier", "januari", "jänner", "enero", "ene", "gennaio", "gen"},
            {"february", "feb", "februar", "février", "fevrier", "februari", "fév", "févr", "febrero", "febbraio"},
            {"march", "mar", "märz", "mär", "maerz", "mars", "maart", "mrz", "marzo", "mrt"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
            {"may", "mai", "mei", "mayo", "maggio", "mag"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug"},
            {"august", "aug", "août", "aout", "augustus", "agosto", "ago"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott"},
            {"november", "nov", "novembre", "noviembre"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dic", "dicembre"}};
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) {
                MONTHS.put(name, m + 1);
            }
        }
    }

    private Dates() {
    }

    public static Optional<LocalDate> find(String text, boolean dayFirst) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_DAY.matcher(text);
        if (m.find() && month(m.group(1)) > 0) {
            return date(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            if (month(m.group(2)) > 0) {
                return date(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
            }
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean day = a > 12 || (b <= 12 && dayFirst);
            String year = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
            return day ? date(year, m.group(3), m.group(1)) : date(year, m.group(1), m.group(3));
        }
        m = COMPACT.matcher(text);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    static boolean isMonth(String word) {
        return month(word) > 0;
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1950 || y > 2100) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
