package io.clearline.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "1.234,56        | 1234.56   |",
        "1,234.56        | 1234.56   |",
        "(1,234.56)      | -1234.56  |",
        "1234.56-        | -1234.56  |",
        "1.234,56-       | -1234.56  |",
        "-1,234.56       | -1234.56  |",
        "12.00 CR        | -12.00    |",
        "12.00CR         | -12.00    |",
        "12.00 DR        | 12.00     |",
        "$1,200.00       | 1200.00   | USD",
        "-$12.50         | -12.50    | USD",
        "€ 1.234,56      | 1234.56   | EUR",
        "1 234,56 €      | 1234.56   | EUR",
        "EUR 1.234,56    | 1234.56   | EUR",
        "1,234.56 USD    | 1234.56   | USD",
        "CHF 1'234.50    | 1234.50   | CHF",
        "£0.99           | 0.99      | GBP",
        "1,000,000       | 1000000   |",
        "1.000.000       | 1000000   |",
        "1,234           | 1234      |",
        "12,5            | 12.5      |",
        "0.5             | 0.5       |",
        ".75             | 0.75      |",
        "1,23,456.78     | 123456.78 |",
        "+42             | 42        |",
        "1234            | 1234      |",
        "¥1,200          | 1200      | JPY",
    })
    void parsesRealWorldFormats(String text, String expected, String currency) {
        Amounts.Parsed parsed = Amounts.parse(text);
        assertThat(parsed.value()).isEqualByComparingTo(new BigDecimal(expected));
        if (currency == null) {
            assertThat(parsed.currency()).isEmpty();
        } else {
            assertThat(parsed.currency()).contains(Currency.getInstance(currency));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.234     | POINT | 1.234",
        "1.234     | COMMA | 1234",
        "1,234     | COMMA | 1.234",
        "1,234     | POINT | 1234",
        "1.234,5   | COMMA | 1234.5",
    })
    void honoursAKnownDecimalStyle(String text, DecimalStyle style, String expected) {
        assertThat(Amounts.parse(text, style).value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "12a", "1.2.3,4,5", "1,23,4.00", "--", "$", "1.234.56,78.9", "12 34 56x"})
    void rejectsWhatIsNotAnAmount(String text) {
        assertThatThrownBy(() -> Amounts.parse(text)).isInstanceOf(AmountParseException.class)
                .hasMessageContaining("not an amount");
    }

    @org.junit.jupiter.api.Test
    void parseMoneyFallsBackToTheGivenCurrency() {
        assertThat(Amounts.parseMoney("1.234,56", "EUR")).isEqualTo(Money.of("1234.56", "EUR"));
        assertThat(Amounts.parseMoney("$5", "EUR")).isEqualTo(Money.of("5.00", "USD"));
    }
}
