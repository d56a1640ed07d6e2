package io.clearline.classification.routing;

import io.clearline.classification.ClassificationProperties;
import io.clearline.core.money.Amounts;
import io.clearline.core.money.DecimalStyle;
import io.clearline.core.money.Money;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What routing reads from a request's context. A value that cannot be read is left out and noted
 * (the route's {@code why} says so): a bad amount never fails the classification it travels with.
 *
 * @param amount     {@code amount} (any format {@link Amounts} reads) in its own, {@code currency}'s or the
 *                   default currency; null when absent or unreadable
 * @param daysToDue  {@code due_date} (ISO {@code yyyy-MM-dd}) minus today; negative when overdue
 * @param daysToShip {@code ship_date} minus today
 * @param ignored    the values that could not be read, and why
 */
record RoutingContext(String customer, String tier, Money amount, Integer daysToDue, Integer daysToShip,
        List<String> ignored) {

    static final String AMOUNT = "amount";
    static final String CURRENCY = "currency";
    static final String CUSTOMER_TIER = "customer_tier";
    static final String DUE_DATE = "due_date";
    static final String SHIP_DATE = "ship_date";

    static RoutingContext read(Map<String, String> context, Currency defaultCurrency, LocalDate today) {
        List<String> ignored = new ArrayList<>(0);
        Money amount = amount(context.get(AMOUNT), context.get(CURRENCY), defaultCurrency, ignored);
        return new RoutingContext(blankToNull(context.get(ClassificationProperties.CUSTOMER_ID)),
                blankToNull(context.get(CUSTOMER_TIER)), amount, days(DUE_DATE, context.get(DUE_DATE), today, ignored),
                days(SHIP_DATE, context.get(SHIP_DATE), today, ignored), ignored);
    }

    private static Money amount(String text, String currencyCode, Currency fallback, List<String> ignored) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<Amounts.Parsed> parsed;
        try {
            parsed = plainDecimal(text);
            if (parsed.isEmpty()) {
                parsed = Amounts.tryParse(text, DecimalStyle.AUTO);
            }
        } catch (RuntimeException e) { // whatever the text, the classification it travels with is answered
            parsed = Optional.empty();
        }
        if (parsed.isEmpty()) {
            ignored.add("amount '" + shown(text) + "' unreadable");
            return null;
        }
        Currency named = null;
        if (currencyCode != null && !currencyCode.isBlank()) {
            try {
                named = Currency.getInstance(currencyCode.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                ignored.add("currency '" + shown(currencyCode) + "' unknown");
                return null;
            }
        }
        Currency own = parsed.get().currency().orElse(null);
        if (own != null && named != null && !own.equals(named)) {
            ignored.add("amount '" + shown(text) + "' is not in currency " + named);
            return null;
        }
        Currency currency = own != null ? own : named != null ? named : fallback;
        if (currency == null) {
            ignored.add("amount '" + shown(text) + "' without a currency");
            return null;
        }
        return new Money(parsed.get().value(), currency);
    }

    /** {@code 12500.00} / {@code -40}, what an orchestrator usually sends, read without the format detection. */
    private static Optional<Amounts.Parsed> plainDecimal(String text) {
        int dots = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean sign = i == 0 && c == '-' && text.length() > 1;
            dots += c == '.' ? 1 : 0;
            if (!sign && (c < '0' || c > '9') && c != '.' || dots > 1) {
                return Optional.empty();
            }
        }
        // "1.234" is left to Amounts: a lone dot before exactly three digits may group thousands there
        int dot = text.indexOf('.');
        if (dot >= 0 && (text.length() - dot - 1 == 3 || dot == text.length() - 1 || dot == 0)) {
            return Optional.empty();
        }
        return Optional.of(new Amounts.Parsed(new java.math.BigDecimal(text), Optional.empty()));
    }

    private static Integer days(String key, String text, LocalDate today, List<String> ignored) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Math.toIntExact(ChronoUnit.DAYS.between(today, LocalDate.parse(text.strip())));
        } catch (DateTimeParseException | ArithmeticException e) {
            ignored.add(key + " '" + shown(text) + "' is not a yyyy-MM-dd date");
            return null;
        }
    }

    /** A caller's value as the route's {@code why} repeats it: cut, so a huge value is not echoed back. */
    private static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
