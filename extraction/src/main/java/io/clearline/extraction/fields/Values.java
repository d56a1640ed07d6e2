package io.clearline.extraction.fields;

import io.clearline.core.money.Amounts;
import io.clearline.core.money.DecimalStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the value of a field from the text next to its label, by the kind of value it holds. */
public final class Values {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-/_.]*[A-Za-z0-9]");
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])");
    /** Specks OCR reads as punctuation at a code's ends ("-YA-92780", ".LO-76786", "KC-80961:"). */
    private static final Pattern SPLIT_HYPHEN = Pattern.compile(
            "(?<=[A-Za-z0-9])(?:\\s+-(?=[A-Za-z0-9])|-\\s+(?=[A-Za-z0-9]))");
    private static final Pattern STRAY = Pattern.compile("^[.,;:'`‘’~\\-]+|[.,;:'`‘’~]+$");
    private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "$", "USD", "£", "GBP", "¥", "JPY");
    private static final Pattern DAMAGED = Pattern.compile("(?i)damag|beschädig|broken|defekt|bruch|crushed");
    private static final Pattern SHORT = Pattern.compile("(?i)\\bshort|fehlmenge|missing|fehlt|shortage|unterlieferung");
    private static final Pattern REFUSED = Pattern.compile("(?i)refus|verweiger|rejected|abgelehnt|zurückgewiesen");

    private Values() {
    }

    public static Optional<Object> read(Kind kind, String text, DocumentLocale locale) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        return switch (kind) {
            case IDENTIFIER -> identifier(s, locale).map(v -> v);
            case NAME, TEXT, ADDRESS -> name(s, locale).map(v -> v);
            case DATE -> Dates.find(s, locale.dayFirst()).map(v -> v);
            case AMOUNT -> amount(s, locale.decimals()).map(v -> v);
            case QUANTITY -> quantity(s, locale.decimals()).map(v -> v);
            case CURRENCY -> currency(s).map(v -> v);
            case SIGNATURE -> Optional.of(signed(s));
            case EXCEPTIONS -> Optional.of(exceptions(s));
        };
    }

    static Optional<String> identifier(String s, DocumentLocale locale) {
        if (Dates.find(s, locale.dayFirst()).isPresent() && s.length() <= 12) {
            return Optional.empty();
        }
        // OCR splits a code at its hyphen ("XT -25290", "PO- 78001347"): a hyphen touching one side joins both
        for (String raw : SPLIT_HYPHEN.matcher(s).replaceAll("-").split("\\s+")) {
            String token = STRAY.matcher(raw).replaceAll("");
            Matcher m = IDENTIFIER.matcher(token);
            if (m.matches() && token.chars().anyMatch(Character::isDigit) && token.length() >= 3
                    && token.length() <= 30 && token.indexOf(',') < 0) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    static Optional<String> name(String s, DocumentLocale locale) {
        if (s.isEmpty() || s.chars().noneMatch(Character::isLetter) || s.matches("_+")) {
            return Optional.empty();
        }
        if (Labels.isAnyFieldLabel(s.replaceAll("[:]$", ""))) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** The text is an amount (with or without currency, sign or CR/DR), not merely contains one. */
    public static Optional<BigDecimal> amount(String s, DecimalStyle style) {
        String plain = CurrencyMarks.strip(s.strip());
        Optional<Amounts.Parsed> whole = Amounts.tryParse(s, style);
        if (whole.isEmpty() && !plain.equals(s.strip())) {
            whole = Amounts.tryParse(plain, style);
        }
        if (whole.isEmpty() && style != DecimalStyle.AUTO) {
            whole = Amounts.tryParse(plain, DecimalStyle.AUTO);
        }
        return whole.map(p -> money(p.value()));
    }

    static Optional<BigDecimal> quantity(String s, DecimalStyle style) {
        // "20 Unit(s)", "1 PCS", "20 Stk": the number before the unit
        String cleaned = s.replaceFirst("^([\\d.,' ]*\\d)\\s*[\\p{L}()./]+$", "$1");
        return Amounts.tryParse(cleaned, style).map(p -> {
            BigDecimal v = p.value().stripTrailingZeros();
            return v.scale() < 0 ? v.setScale(0) : v;
        });
    }

    static Optional<String> currency(String s) {
        Matcher m = CODE.matcher(s);
        while (m.find()) {
            try {
                Currency.getInstance(m.group(1));
                return Optional.of(m.group(1));
            } catch (IllegalArgumentException e) {
                // not an ISO code; keep looking
            }
        }
        for (var e : SYMBOLS.entrySet()) {
            if (s.contains(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return CurrencyMarks.currency(s);
    }

    static boolean signed(String s) {
        String t = s.replaceAll("[_\\s.\\-]", "").toLowerCase(Locale.ROOT);
        return !t.isEmpty() && !t.matches("none|notsigned|unsigned|nichtunterschrieben|keine|n/?a|x");
    }

    static List<String> exceptions(String s) {
        TreeSet<String> found = new TreeSet<>();
        if (DAMAGED.matcher(s).find()) {
            found.add("DAMAGED");
        }
        if (SHORT.matcher(s).find()) {
            found.add("SHORT");
        }
        if (REFUSED.matcher(s).find()) {
            found.add("REFUSED");
        }
        return List.copyOf(found);
    }

    private static BigDecimal money(BigDecimal v) {
        return v.scale() < 2 ? v.setScale(2, RoundingMode.UNNECESSARY) : v;
    }
}
