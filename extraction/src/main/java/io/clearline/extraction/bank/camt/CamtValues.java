package io.clearline.extraction.bank.camt;

import io.clearline.core.money.Money;
import io.clearline.extraction.bank.BankFileException;
import io.clearline.extraction.bank.BankFileFormat;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/** camt leaf values: amounts with their {@code Ccy} attribute, and dates given as Dt or DtTm. */
final class CamtValues {

    private CamtValues() {
    }

    /** Exact amount as written (not rounded), for totals checks. */
    static Optional<BigDecimal> decimal(XmlNode node, BankFileFormat format, String where) {
        String t = node.ownText();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            throw new BankFileException(format, where + ": amount '" + t + "' is not a number");
        }
    }

    static Optional<Money> money(Optional<XmlNode> node, BankFileFormat format, String where) {
        if (node.isEmpty()) {
            return Optional.empty();
        }
        XmlNode amt = node.get();
        Optional<BigDecimal> value = decimal(amt, format, where);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String ccy = amt.attributes.getOrDefault("Ccy", "");
        try {
            return Optional.of(new Money(value.get(), Currency.getInstance(ccy)));
        } catch (IllegalArgumentException e) {
            throw new BankFileException(format, where + ": amount without a valid Ccy attribute ('" + ccy + "')");
        }
    }

    /** A date element holding {@code <Dt>} or {@code <DtTm>}; the calendar day as written. */
    static Optional<LocalDate> date(XmlNode parent, String path, BankFileFormat format) {
        String t = parent.firstText(path + "/Dt", path + "/DtTm");
        return parseDate(t, format, path);
    }

    static Optional<LocalDate> parseDate(String t, BankFileFormat format, String where) {
        if (t.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(t.substring(0, 10)));
        } catch (DateTimeException e) {
            throw new BankFileException(format, where + ": date '" + t + "' is not a valid ISO date");
        }
    }
}
