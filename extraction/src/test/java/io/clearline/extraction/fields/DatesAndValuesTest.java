package io.clearline.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.money.DecimalStyle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesAndValuesTest {

    @Test
    void datesInTheFormatsDocumentsUse() {
        assertThat(Dates.find("2024-03-05", false)).contains(LocalDate.of(2024, 3, 5));
        assertThat(Dates.find("03/05/2024", false)).contains(LocalDate.of(2024, 3, 5));
        assertThat(Dates.find("03/05/2024", true)).contains(LocalDate.of(2024, 5, 3));
        assertThat(Dates.find("25/05/2024", false)).contains(LocalDate.of(2024, 5, 25));
        assertThat(Dates.find("5. März 2024", true)).contains(LocalDate.of(2024, 3, 5));
        assertThat(Dates.find("Mar 5, 2024", false)).contains(LocalDate.of(2024, 3, 5));
        assertThat(Dates.find("19 april 2014", true)).contains(LocalDate.of(2014, 4, 19));
        assertThat(Dates.find("5.2.2025  14:05", true)).contains(LocalDate.of(2025, 2, 5));
        assertThat(Dates.find("1,234.56", false)).isEmpty();
    }

    @Test
    void amountsFollowTheDocumentsDecimalStyle() {
        assertThat(Values.amount("1.234,56", DecimalStyle.COMMA)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("1234.56"));
        assertThat(Values.amount("1,234", DecimalStyle.COMMA)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("1.234"));
        assertThat(Values.amount("EUR 99,00", DecimalStyle.COMMA)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("99.00"));
        assertThat(Values.amount("capital de 120 000,00 €", DecimalStyle.COMMA)).as("text around a number").isEmpty();
        assertThat(Values.amount("n/a", DecimalStyle.POINT)).isEmpty();
    }

    @Test
    void signaturesAndExceptions() {
        assertThat(Values.signed("/s/ John Smith")).isTrue();
        assertThat(Values.signed("_____________")).isFalse();
        assertThat(Values.exceptions("2 cartons damaged; Short 3 EA of AB-1")).isEqualTo(List.of("DAMAGED", "SHORT"));
        assertThat(Values.exceptions("No exceptions")).isEmpty();
        assertThat(Values.exceptions("1 Palette Annahme verweigert")).isEqualTo(List.of("REFUSED"));
    }
}
