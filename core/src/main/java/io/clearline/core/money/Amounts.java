package io.clearline.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses amounts as real documents and files write them: {@code 1.234,56}, {@code 1,234.56},
 * {@code 1 234,56}, {@code 1'234.56}, {@code (1,234.56)}, {@code 1234.56-}, {@code -€12}, {@code 12.00 CR},
 * {@code USD 1,200.00}, {@code $1,200}. Credits ({@code CR}, parentheses, minus) come back negative;
 * {@code DR} is positive.
 */
public final class Amounts {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"),
            Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("CHF", "CHF"), Map.entry("Fr.", "CHF"),
            Map.entry("C$", "CAD"), Map.entry("CA$", "CAD"), Map.entry("A$", "AUD"), Map.entry("AU$", "AUD"),
            Map.entry("kr", "SEK"), Map.entry("zł", "PLN"), Map.entry("R$", "BRL"), Map.entry("₩", "KRW"));

    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])");
    private static final Pattern CREDIT_DEBIT = Pattern.compile("(?i)(?<![A-Za-z])(CR|DR)\\.?(?![A-Za-z])");
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d+(\\.\\d+)?");

    private Amounts() {
    }

    /** An amount and, when the text named one, its currency. */
    public record Parsed(BigDecimal value, Optional<Currency> currency) {

        public Money toMoney(Currency fallback) {
            return new Money(value, currency.orElse(fallback));
        }
    }

    public static Parsed parse(String text) {
        return parse(text, DecimalStyle.AUTO);
    }

    public static Money parseMoney(String text, String fallbackCurrency) {
        return parse(text).toMoney(Currency.getInstance(fallbackCurrency));
    }

    public static Optional<Parsed> tryParse(String text, DecimalStyle style) {
        try {
            return Optional.of(parse(text, style));
        } catch (AmountParseException e) {
            return Optional.empty();
        }
    }

    public static Parsed parse(String text, DecimalStyle style) {
        if (text == null || text.isBlank()) {
            throw new AmountParseException(String.valueOf(text), "empty");
        }
        String s = text.strip().replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ')
                .replace('\u2212', '-').replace('\u2013', '-');
        boolean negative = false;
        Currency currency = null;

        Matcher cd = CREDIT_DEBIT.matcher(s);
        if (cd.find()) {
            negative = cd.group(1).equalsIgnoreCase("CR");
            s = (s.substring(0, cd.start()) + s.substring(cd.end())).strip();
        }
        Matcher code = CODE.matcher(s);
        if (code.find() && isCurrencyCode(code.group(1))) {
            currency = Currency.getInstance(code.group(1));
            s = (s.substring(0, code.start()) + s.substring(code.end())).strip();
        }
        for (var symbol : SYMBOLS.entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList()) {
            int at = s.indexOf(symbol.getKey());
            if (at >= 0) {
                currency = currency == null ? Currency.getInstance(symbol.getValue()) : currency;
                s = (s.substring(0, at) + s.substring(at + symbol.getKey().length())).strip();
                break;
            }
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = !negative;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.endsWith("-")) {
            negative = !negative;
            s = s.substring(0, s.length() - 1).strip();
        } else if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1).strip();
        } else if (s.startsWith("+") || s.endsWith("+")) {
            s = s.replace("+", "").strip();
        }
        // a currency symbol may sit between the sign and the digits: "-$12.00", "$-12.00"
        if (s.startsWith("-") && !negative) {
            negative = true;
            s = s.substring(1).strip();
        }
        s = s.replace(" ", "").replace("'", "").replace("’", "");
        if (s.isEmpty() || !s.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',')
                || !Character.isDigit(s.charAt(0)) && !(s.length() > 1 && Character.isDigit(s.charAt(1)))) {
            throw new AmountParseException(text, "unexpected characters");
        }
        String normalised = normalise(s, style, text);
        if (!DIGITS_ONLY.matcher(normalised).matches()) {
            throw new AmountParseException(text, "malformed number");
        }
        BigDecimal value = new BigDecimal(normalised);
        return new Parsed(negative ? value.negate() : value, Optional.ofNullable(currency));
    }

    private static String normalise(String s, DecimalStyle style, String original) {
        if (s.startsWith(".") || s.startsWith(",")) {
            s = "0" + s;
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        char decimal;
        switch (style) {
            case POINT -> decimal = '.';
            case COMMA -> decimal = ',';
            default -> {
                if (dots > 0 && commas > 0) {
                    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
                } else if (dots + commas == 0) {
                    return s;
                } else {
                    char only = dots > 0 ? '.' : ',';
                    int n = Math.max(dots, commas);
                    int digitsAfter = s.length() - s.lastIndexOf(only) - 1;
                    decimal = n == 1 && digitsAfter != 3 ? only : (only == '.' ? ',' : '.');
                }
            }
        }
        char grouping = decimal == '.' ? ',' : '.';
        int decimalAt = s.lastIndexOf(decimal);
        if (count(s, decimal) > 1) {
            throw new AmountParseException(original, "more than one decimal separator");
        }
        String integer = decimalAt < 0 ? s : s.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : s.substring(decimalAt + 1);
        if (fraction.indexOf(grouping) >= 0) {
            throw new AmountParseException(original, "grouping separator after the decimals");
        }
        if (integer.indexOf(grouping) >= 0 && !validGrouping(integer, grouping)) {
            throw new AmountParseException(original, "digits grouped irregularly");
        }
        String digits = integer.replace(String.valueOf(grouping), "");
        return fraction.isEmpty() ? digits : digits + "." + fraction;
    }

    /** Groups of three after the first group (Indian lakh grouping 1,23,456 accepted as well). */
    private static boolean validGrouping(String integer, char grouping) {
        String[] groups = integer.split(Pattern.quote(String.valueOf(grouping)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        boolean western = true;
        boolean indian = true;
        for (int i = 1; i < groups.length; i++) {
            boolean last = i == groups.length - 1;
            western &= groups[i].length() == 3;
            indian &= last ? groups[i].length() == 3 : groups[i].length() == 2;
        }
        return western || indian;
    }

    private static boolean isCurrencyCode(String code) {
        try {
            Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
