package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordDropoutTest {

    @Test
    void addsOneCopyPerTextWithSomeWordsLeftOutAndTheLabelKept() {
        List<LabelledExample> train = TinyData.generate(3, 300, 0, 4);
        List<LabelledExample> out = WordDropout.add(train, 0.25, 7);
        assertThat(out).hasSize(600).startsWith(train.toArray(LabelledExample[]::new));
        int words = 0;
        int kept = 0;
        for (int i = 0; i < train.size(); i++) {
            LabelledExample copy = out.get(train.size() + i);
            assertThat(copy.label()).isEqualTo(train.get(i).label());
            words += train.get(i).text().split("[^\\p{L}]+").length;
            kept += copy.text().split("[^\\p{L}]+").length;
        }
        double dropped = 1 - (double) kept / words;
        assertThat(dropped).isBetween(0.12, 0.35);
        assertThat(WordDropout.add(train, 0.25, 7)).isEqualTo(out); // seeded: a retrain repeats it
    }

    @Test
    void numbersAndPunctuationStayOnlyWordsGo() {
        String text = WordDropout.drop("INV 4711: short 12 cases", 0.999, new Random(1));
        assertThat(text).isEqualTo(" 4711:  12 ");
        assertThat(WordDropout.add(List.of(new LabelledExample("x", "A", Map.of())), 0, 1)).hasSize(1);
        assertThatThrownBy(() -> WordDropout.add(List.of(), 1.0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
