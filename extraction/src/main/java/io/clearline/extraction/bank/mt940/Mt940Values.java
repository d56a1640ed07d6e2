package io.clearline.extraction.bank.mt940;

import io.clearline.core.money.Money;
import io.clearline.extraction.bank.BankFileException;
import io.clearline.extraction.bank.BankFileFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SWIFT field values: comma-decimal amounts, YYMMDD dates, and balances ({@code C160229EUR1200,00}). */
final class Mt940Values {

    private static final Pattern BALANCE = Pattern.compile("^\\s*([CD])(\\d{6})([A-Z]{3})?(\\d[\\d,]*)\\s*$");

    private Mt940Values() {
    }

    record Balance(Money signed, LocalDate date) {
    }

    /** @param statementCurrency used, with a note, when the balance omits its currency (seen in real files) */
    static Balance balance(SwiftTags.Tag tag, Currency statementCurrency, BankFileFormat format, List<String> notes) {
        Matcher m = BALANCE.matcher(tag.value());
        if (!m.matches()) {
            throw new BankFileException(format, "field :" + tag.name() + ": (line " + tag.line()
                    + ") is not a balance (D/C, YYMMDD, currency, amount): '" + tag.value().strip() + "'");
        }
        if (m.group(3) == null) {
            notes.add("field :" + tag.name() + ": (line " + tag.line() + ") has no currency; read as " + statementCurrency);
        }
        Currency currency = m.group(3) == null ? statementCurrency : currency(m.group(3), tag, format);
        Money amount = money(m.group(4), currency, tag, format);
        return new Balance(m.group(1).equals("D") ? amount.negate() : amount, date(m.group(2), tag, format, notes));
    }

    static Currency currency(String code, SwiftTags.Tag tag, BankFileFormat format) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new BankFileException(format, "field :" + tag.name() + ": (line " + tag.line()
                    + "): unknown currency '" + code + "'");
        }
    }

    static Money money(String raw, Currency currency, SwiftTags.Tag tag, BankFileFormat format) {
        String s = raw.strip();
        if (!s.matches("\\d+(,\\d*)?") || s.length() > 20) {
            throw new BankFileException(format, "field :" + tag.name() + ": (line " + tag.line()
                    + "): amount '" + s + "' is not a SWIFT amount");
        }
        BigDecimal value = new BigDecimal(s.endsWith(",") ? s.substring(0, s.length() - 1) : s.replace(',', '.'));
        if (value.scale() > Money.scaleOf(currency)) {
            throw new BankFileException(format, "field :" + tag.name() + ": (line " + tag.line() + "): amount '" + s
                    + "' has more decimals than " + currency + " allows");
        }
        return new Money(value, currency);
    }

    /** YYMMDD. A day past the month's end (banks do write 30 February) is clamped to the last day, noted. */
    static LocalDate date(String yymmdd, SwiftTags.Tag tag, BankFileFormat format, List<String> notes) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new BankFileException(format, "field :" + tag.name() + ": (line " + tag.line()
                    + "): date '" + yymmdd + "' does not exist");
        }
        YearMonth ym = YearMonth.of(yy < 80 ? 2000 + yy : 1900 + yy, month);
        if (day > ym.lengthOfMonth()) {
            notes.add("field :" + tag.name() + ": (line " + tag.line() + "): date " + yymmdd
                    + " does not exist; read as the month's last day");
            day = ym.lengthOfMonth();
        }
        return ym.atDay(day);
    }
}
