package io.clearline.trainingdata.documents;

import io.clearline.core.money.DecimalStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Prints amounts, quantities and dates the way one layout does. */
final class Formats {

    private final DecimalFormat money;
    private final DateTimeFormatter dates;

    Formats(Layout layout) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        boolean comma = layout.numbers() == DecimalStyle.COMMA;
        symbols.setDecimalSeparator(comma ? ',' : '.');
        symbols.setGroupingSeparator(comma ? '.' : ',');
        money = new DecimalFormat("#,##0.00", symbols);
        money.setRoundingMode(RoundingMode.HALF_EVEN);
        dates = DateTimeFormatter.ofPattern(layout.datePattern(), layout.language().locale());
    }

    String money(BigDecimal amount) {
        return money.format(amount);
    }

    String quantity(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    String date(LocalDate date) {
        return dates.format(date);
    }
}
