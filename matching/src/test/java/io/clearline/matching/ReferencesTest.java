package io.clearline.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.matching.reference.References;
import io.clearline.matching.reference.References.Relation;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    @Test
    void prefixesPunctuationAndLeadingZerosFoldToOneKey() {
        assertThat(References.canonical("INV-0010452")).isEqualTo("10452");
        assertThat(References.canonical("#10452")).isEqualTo("10452");
        assertThat(References.canonical("Invoice No. 10452")).isEqualTo("10452");
        assertThat(References.canonical("inv 10452")).isEqualTo("10452");
    }

    @Test
    void ocrLookAlikesAreReadAsDigitsOnlyInsideNumbers() {
        assertThat(References.canonical("1O452")).isEqualTo("10452");
        assertThat(References.canonical("I0452")).isEqualTo("10452");
        assertThat(References.canonical("l0S8B2")).isEqualTo("105882");
        assertThat(References.hadOcrLetters("1O452")).isTrue();
        assertThat(References.hadOcrLetters("INV 10452")).isFalse();
        assertThat(References.numberLike(References.canonical("BOSS"))).isFalse();
    }

    @Test
    void referencesAreFoundInFreeText() {
        var tokens = References.tokens("THANK YOU FOR YOUR BUSINESS INVOICE NO. 4023311, INV#4023312 / 4023313");
        assertThat(tokens).extracting(References.Token::key).containsExactly("4023311", "4023312", "4023313");
        assertThat(References.tokens("ACH PAYMENT THANK YOU")).isEmpty();
    }

    @Test
    void nearMissesAreClassified() {
        assertThat(References.relate("4023131", "4023311")).isEqualTo(Relation.TRANSPOSED);
        assertThat(References.relate("402331", "4023311")).isEqualTo(Relation.TRUNCATED);
        assertThat(References.relate("023311", "4023311")).isEqualTo(Relation.TRUNCATED);
        assertThat(References.relate("4023911", "4023311")).isEqualTo(Relation.ONE_CHARACTER);
        assertThat(References.relate("4099999", "4023311")).isNull();
        assertThat(References.transpositions("123")).containsExactly("213", "132");
    }
}
