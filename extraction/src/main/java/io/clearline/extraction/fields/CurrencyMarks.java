package io.clearline.extraction.fields;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Currency marks written as letters beside an amount, which the core amount parser does not take:
 * "Rs 1939", "Rs. 1,939.00", "1.234,56 kr.", "99,00 zł". The mark is taken off before the number is
 * parsed; a mark that names one currency only (Rs, ₹, zł) also names the document's currency.
 */
final class CurrencyMarks {

    private static final Pattern LEADING = Pattern.compile("^(?i)(rs\\.?|₹|kr\\.?|zł)\\s*(?=[\\d(\\-])");
    private static final Pattern TRAILING = Pattern.compile("(?<=[\\d)])\\s*(?i)(rs\\.?|₹|kr\\.?|zł|,-)$");
    private static final Pattern RUPEES = Pattern.compile("(?<![\\p{L}])(Rs\\.?|₹)\\s*\\d");
    private static final Pattern ZLOTY = Pattern.compile("\\d\\s*zł(?![\\p{L}])");

    private CurrencyMarks() {
    }

    /** The amount text without a letter currency mark at either end. */
    static String strip(String text) {
        Matcher m = LEADING.matcher(text);
        String s = m.find() ? text.substring(m.end()) : text;
        m = TRAILING.matcher(s);
        return m.find() ? s.substring(0, m.start()).strip() : s;
    }

    /** The currency a letter mark in the text names unambiguously ("kr" may be SEK, NOK, DKK or ISK: none). */
    static Optional<String> currency(String text) {
        if (RUPEES.matcher(text).find()) {
            return Optional.of("INR");
        }
        if (ZLOTY.matcher(text).find()) {
            return Optional.of("PLN");
        }
        return Optional.empty();
    }
}
