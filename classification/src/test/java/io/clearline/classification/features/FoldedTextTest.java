package io.clearline.classification.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast normalisation gives the reference's tokens for every char of the Basic Multilingual Plane. */
class FoldedTextTest {

    private static final FeaturizerSpec SPEC = FeaturizerSpec.defaults(1000, List.of());

    @Test
    void everyCharBetweenWordsDigitsAndAtTheEndSplitsAsTheReferenceSplits() {
        Featurizer featurizer = new Featurizer(SPEC);
        ReferenceFeaturizer reference = new ReferenceFeaturizer(SPEC);
        int separators = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            String text = "Ab" + ch + "cd 12" + ch + "34 Straße" + ch + "x " + ch + ch + "Ünïcode" + ch;
            assertThat(tokens(FoldedText.of(text, featurizer))).as("U+%04X", c).containsExactly(reference.tokens(text));
            separators += c >= 0x250 && FoldedText.separatesOnly(ch) ? 1 : 0;
        }
        // the fast path covers the separators real texts carry beyond Latin, and not letters, numbers or marks
        assertThat(FoldedText.separatesOnly('€')).isTrue();
        assertThat(FoldedText.separatesOnly('\u2019')).isTrue(); // ’
        assertThat(FoldedText.separatesOnly('\u2013')).isTrue(); // –
        assertThat(FoldedText.separatesOnly('\u2026')).isTrue(); // …
        assertThat(FoldedText.separatesOnly('Σ')).isFalse();
        assertThat(FoldedText.separatesOnly('\u0301')).isFalse();
        assertThat(FoldedText.separatesOnly('\u2460')).isFalse(); // ① folds to the digit 1
        assertThat(FoldedText.separatesOnly('\uFF0C')).isTrue(); // fullwidth comma
        assertThat(separators).isGreaterThan(1000);
    }

    private static String[] tokens(FoldedText folded) {
        String[] out = new String[folded.count];
        for (int t = 0; t < folded.count; t++) {
            out[t] = new String(folded.chars, folded.starts[t], folded.ends[t] - folded.starts[t]);
        }
        return out;
    }
}
