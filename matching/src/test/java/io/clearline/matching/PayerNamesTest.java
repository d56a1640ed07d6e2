package io.clearline.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.matching.payer.NameIndex;
import io.clearline.matching.payer.PayerNames;
import org.junit.jupiter.api.Test;

class PayerNamesTest {

    @Test
    void legalSuffixesPunctuationAbbreviationsAndWordOrderDoNotMatter() {
        assertThat(PayerNames.tokens("Harbor Foods International, Inc."))
                .isEqualTo(PayerNames.tokens("INTL HARBOR FOODS CO"));
        assertThat(PayerNames.tokens("O'Brien & Sons Mfg. LLC")).isEqualTo(PayerNames.tokens("OBRIEN SONS MANUFACTURING"));
    }

    @Test
    void truncatedAndMistypedNamesStillScoreHighestForTheirCustomer() {
        NameIndex names = new NameIndex();
        names.add(0, "Mountain View Farm Supply Corporation");
        names.add(1, "Mountain View Tools Inc.");
        names.add(2, "Southern Packaging Corp.");
        var scores = names.similar("MOUNTAIN VIEW FARM SUP");
        assertThat(scores.get(0)).isGreaterThan(scores.getOrDefault(1, 0.0) + 0.2);
        assertThat(names.similar("SUTHERN PACKAGING").get(2)).isGreaterThan(0.75);
    }
}
