package io.clearline.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {

    @Test
    void valuesCompareByMeaning() {
        assertThat(SameValue.same("1234.50", new BigDecimal("1234.5"))).isTrue();
        assertThat(SameValue.same("1234.50", new BigDecimal("1234.05"))).isFalse();
        assertThat(SameValue.same("2024-03-05", LocalDate.of(2024, 3, 5))).isTrue();
        assertThat(SameValue.same("Acme  Supply, Inc.", "acme supply inc")).isTrue();
        assertThat(SameValue.same(List.of("SHORT", "DAMAGED"), List.of("DAMAGED", "SHORT"))).isTrue();
        assertThat(SameValue.same(true, Boolean.FALSE)).isFalse();
        assertThat(SameValue.same("x", null)).isFalse();
    }

    @Test
    void f1CountsMissesAndWrongValuesAgainstIt() {
        Tally t = new Tally();
        t.add(true, true, true);
        t.add(true, true, false);
        t.add(true, false, false);
        t.add(false, true, false);
        assertThat(t.truePositives).isEqualTo(1);
        assertThat(t.falsePositives).isEqualTo(2);
        assertThat(t.falseNegatives).isEqualTo(2);
        assertThat(t.f1()).isEqualTo(2.0 / 6.0);
    }

    @Test
    void reliabilitySeparatesTheConfidenceOfRightAndWrongFields() {
        Reliability r = new Reliability();
        r.add(0.95, true);
        r.add(0.85, true);
        r.add(0.5, false);
        r.add(0.92, false);
        assertThat(r.meanRight()).isEqualTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.meanWrong()).isEqualTo(0.71, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.precisionAtHigh()).isEqualTo(0.5);
        assertThat(new Reliability().meanWrong()).isNull();
    }
}
