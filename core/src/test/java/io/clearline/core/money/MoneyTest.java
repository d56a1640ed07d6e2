package io.clearline.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void carriesTheScaleOfItsCurrency() {
        assertThat(Money.of("10", "EUR").amount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(Money.of("10", "JPY").amount()).isEqualTo(new BigDecimal("10"));
        assertThat(Money.of("10", "KWD").amount()).isEqualTo(new BigDecimal("10.000"));
        assertThat(Money.of("10.0", "USD")).isEqualTo(Money.of("10.00", "USD"));
    }

    @Test
    void roundsHalfEvenToTheMinorUnit() {
        assertThat(Money.of("0.125", "USD").amount()).isEqualTo(new BigDecimal("0.12"));
        assertThat(Money.of("0.135", "USD").amount()).isEqualTo(new BigDecimal("0.14"));
        assertThat(Money.of("100.00", "USD").times(new BigDecimal("0.02"))).isEqualTo(Money.of("2.00", "USD"));
        assertThat(Money.of("33.33", "USD").times(new BigDecimal("0.015"))).isEqualTo(Money.of("0.50", "USD"));
    }

    @Test
    void refusesArithmeticAcrossCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("USD vs EUR");
        assertThatThrownBy(() -> Money.of("1", "USD").compareTo(Money.of("1", "EUR")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void comparesAndTolerates() {
        Money a = Money.of("100.00", "EUR");
        Money b = Money.of("100.01", "EUR");
        assertThat(a.isLessThan(b)).isTrue();
        assertThat(a.isWithin(b, Money.of("0.01", "EUR"))).isTrue();
        assertThat(a.isWithin(b, Money.zero("EUR"))).isFalse();
        assertThat(a.minus(b).abs()).isEqualTo(Money.of("0.01", "EUR"));
    }

    @Test
    void convertsToAndFromMinorUnits() {
        assertThat(Money.of("12.34", "USD").minorUnits()).isEqualTo(1234L);
        assertThat(Money.of(1234L, java.util.Currency.getInstance("USD"))).isEqualTo(Money.of("12.34", "USD"));
        assertThat(Money.of(1234L, java.util.Currency.getInstance("JPY")).toPlainString()).isEqualTo("1234");
    }
}
