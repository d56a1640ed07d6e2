package io.clearline.extraction.bank.mt940;

import io.clearline.core.money.Money;
import io.clearline.extraction.bank.BankEntry;
import io.clearline.extraction.bank.BankFileException;
import io.clearline.extraction.bank.BankFileFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A :61: statement line: value date, optional entry date (MMDD), mark (C, D, RC reversal of credit =
 * debit, RD reversal of debit = credit), optional funds code, amount, transaction type, customer
 * reference (16 characters at most), {@code //} bank reference, and supplementary details on the next line.
 */
record StatementLine(LocalDate valueDate, Optional<LocalDate> entryDate, BankEntry.Direction direction, Money amount,
                     String typeCode, String customerReference, String bankReference, String supplementary) {

    private static final Pattern LINE = Pattern.compile(
            "^(\\d{6})(\\d{4})?\\s*(RC|RD|EC|ED|C|D)([A-Z])?\\s*(\\d[\\d,]*)\\s*([A-Z][A-Z0-9 ]{3})?(.*?)(?://([^\\n]*))?(?:\\n(.*))?$",
            Pattern.DOTALL);

    static StatementLine parse(SwiftTags.Tag tag, Currency currency, BankFileFormat format, List<String> notes) {
        Matcher m = LINE.matcher(tag.value().strip());
        if (!m.matches()) {
            throw new BankFileException(format, "field :61: (line " + tag.line() + ") is not a statement line: '"
                    + first(tag.value()) + "'");
        }
        LocalDate value = Mt940Values.date(m.group(1), tag, format, notes);
        Optional<LocalDate> entry = Optional.ofNullable(m.group(2)).map(mmdd -> entryDate(value, mmdd));
        String mark = m.group(3);
        BankEntry.Direction direction = mark.equals("C") || mark.equals("RD") || mark.equals("EC")
                ? BankEntry.Direction.CREDIT : BankEntry.Direction.DEBIT;
        Money amount = Mt940Values.money(m.group(5), currency, tag, format);
        // The customer reference is at most 16 characters; some banks run on with text, kept as details.
        String reference = m.group(7) == null ? "" : m.group(7);
        String overflow = reference.length() > 16 ? reference.substring(16).strip() : "";
        String supplementary = ((m.group(9) == null ? "" : m.group(9)) + "\n" + overflow).strip();
        return new StatementLine(value, entry, direction, amount, m.group(6) == null ? "" : m.group(6).strip(),
                reference.length() > 16 ? reference.substring(0, 16).strip() : reference.strip(),
                m.group(8) == null ? "" : m.group(8).strip(), supplementary);
    }

    /** The entry date has no year: take the value date's, moved a year when the months are far apart. */
    private static LocalDate entryDate(LocalDate value, String mmdd) {
        int month = Integer.parseInt(mmdd.substring(0, 2));
        int day = Integer.parseInt(mmdd.substring(2, 4));
        int year = value.getYear();
        if (month - value.getMonthValue() > 6) {
            year--;
        } else if (value.getMonthValue() - month > 6) {
            year++;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return value;
        }
    }

    private static String first(String s) {
        String line = s.lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
