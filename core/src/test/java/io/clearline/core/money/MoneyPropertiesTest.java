package io.clearline.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Algebraic laws of Money and the round trip through every textual format Amounts reads. */
class MoneyPropertiesTest {

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("USD", "EUR", "GBP", "JPY", "CHF", "KWD", "SEK").map(Currency::getInstance);
    }

    @Provide
    Arbitrary<Long> minorUnits() {
        return Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L);
    }

    @Property
    void additionIsCommutativeAndAssociative(@ForAll("minorUnits") long a, @ForAll("minorUnits") long b,
            @ForAll("minorUnits") long c, @ForAll("currencies") Currency currency) {
        Money x = Money.of(a, currency);
        Money y = Money.of(b, currency);
        Money z = Money.of(c, currency);
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
        assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
    }

    @Property
    void subtractionUndoesAddition(@ForAll("minorUnits") long a, @ForAll("minorUnits") long b,
            @ForAll("currencies") Currency currency) {
        Money x = Money.of(a, currency);
        Money y = Money.of(b, currency);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.minus(x).isZero()).isTrue();
        assertThat(x.negate().negate()).isEqualTo(x);
    }

    @Property
    void minorUnitsRoundTrip(@ForAll("minorUnits") long a, @ForAll("currencies") Currency currency) {
        assertThat(Money.of(a, currency).minorUnits()).isEqualTo(a);
    }

    @Property
    void splittingByPercentageLosesNothing(@ForAll("minorUnits") long a, @ForAll("currencies") Currency currency,
            @ForAll("percent") BigDecimal percent) {
        Money gross = Money.of(a, currency);
        Money discount = gross.times(percent.movePointLeft(2));
        Money net = gross.minus(discount);
        assertThat(net.plus(discount)).isEqualTo(gross);
    }

    @Provide
    Arbitrary<BigDecimal> percent() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99.99")).ofScale(2);
    }

    @Property
    void everyFormatParsesBackToTheSameAmount(@ForAll("minorUnits") long a, @ForAll("currencies") Currency currency,
            @ForAll("formats") Format format) {
        Money money = Money.of(a, currency);
        String text = format.render(money);
        DecimalStyle style = format.european ? DecimalStyle.COMMA : DecimalStyle.POINT;
        Amounts.Parsed parsed = Amounts.parse(text, style);
        assertThat(parsed.toMoney(currency)).as(text).isEqualTo(money);
    }

    @Provide
    Arbitrary<Format> formats() {
        return Arbitraries.of(Format.values());
    }

    /** The ways documents and files write an amount. */
    enum Format {
        US_PLAIN(false), US_GROUPED(false), EUROPEAN_GROUPED(true), PARENTHESES(false), TRAILING_MINUS(true),
        CREDIT_SUFFIX(false), CODE_PREFIX(true);

        final boolean european;

        Format(boolean european) {
            this.european = european;
        }

        String render(Money money) {
            BigDecimal abs = money.amount().abs();
            boolean negative = money.isNegative();
            int scale = money.amount().scale();
            String us = String.format(Locale.US, "%,." + scale + "f", abs);
            String eu = us.replace(',', '\u0000').replace('.', ',').replace('\u0000', '.');
            return switch (this) {
                case US_PLAIN -> (negative ? "-" : "") + abs.toPlainString();
                case US_GROUPED -> (negative ? "-" : "") + us;
                case EUROPEAN_GROUPED -> (negative ? "-" : "") + eu;
                case PARENTHESES -> negative ? "(" + us + ")" : us;
                case TRAILING_MINUS -> eu + (negative ? "-" : "");
                case CREDIT_SUFFIX -> us + (negative ? " CR" : "");
                case CODE_PREFIX -> money.currency().getCurrencyCode() + " " + (negative ? "-" : "") + eu;
            };
        }
    }
}
