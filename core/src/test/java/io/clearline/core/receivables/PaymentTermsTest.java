package io.clearline.core.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentTermsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2/10 NET 30    | 2   | 10 | 30",
        "2/10 N30       | 2   | 10 | 30",
        "2/10, net 30   | 2   | 10 | 30",
        "1.5/15 NET 45  | 1.5 | 15 | 45",
        "1%/10 NET 60   | 1   | 10 | 60",
        "NET 45         | 0   | 0  | 45",
        "N30            | 0   | 0  | 30",
        "net30          | 0   | 0  | 30",
        "Due on receipt | 0   | 0  | 0",
    })
    void parsesCommonTerms(String text, String pct, int discountDays, int netDays) {
        PaymentTerms terms = PaymentTerms.parse(text).orElseThrow();
        assertThat(terms.discountPercent()).isEqualByComparingTo(new BigDecimal(pct));
        assertThat(terms.discountDays()).isEqualTo(discountDays);
        assertThat(terms.netDays()).isEqualTo(netDays);
    }

    @Test
    void unknownTermsAreEmpty() {
        assertThat(PaymentTerms.parse("whenever")).isEmpty();
        assertThat(PaymentTerms.parse("")).isEmpty();
    }

    @Test
    void discountIsEarnedUpToAndIncludingTheDeadline() {
        PaymentTerms terms = PaymentTerms.parse("2/10 NET 30").orElseThrow();
        LocalDate issued = LocalDate.of(2026, 3, 1);
        assertThat(terms.discountEarned(issued, LocalDate.of(2026, 3, 11))).isTrue();
        assertThat(terms.discountEarned(issued, LocalDate.of(2026, 3, 12))).isFalse();
        assertThat(terms.dueDate(issued)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(PaymentTerms.net(30).discountEarned(issued, issued)).isFalse();
    }
}
