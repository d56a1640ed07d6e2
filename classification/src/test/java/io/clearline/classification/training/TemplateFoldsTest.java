package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateFoldsTest {

    /** Families as training-data's deduction-reason generator writes them, drawn at random. */
    static List<LabelledExample> generated(int count, long seed) {
        Random random = new Random(seed);
        List<LabelledExample> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String family = switch (random.nextInt(5)) {
                case 0, 1 -> "reason-" + random.nextInt(18);
                case 2 -> "cue-" + random.nextInt(12);
                case 3 -> "term-" + random.nextInt(12) + "/t-" + random.nextInt(5);
                default -> random.nextBoolean() ? "code-en" + random.nextInt(20) : null;
            };
            if (family != null) {
                family += "/frame-" + random.nextInt(18);
                if (random.nextBoolean()) {
                    family += "/greet-" + random.nextInt(6) + "/close-" + random.nextInt(6);
                }
            }
            out.add(new LabelledExample("text " + i, "L" + (i % 3), Map.of(), family));
        }
        return out;
    }

    @Test
    void readsTheWordingOrPatternTheFrameAndTheTermOfAFamily() {
        assertThat(TemplateFolds.templates("reason-7/frame-2/greet-5/close-0")).containsExactly("reason-7", "frame-2");
        // cue- and term- texts use the same sentence patterns
        assertThat(TemplateFolds.templates("cue-3/frame-1")).containsExactly("pattern-3", "frame-1");
        assertThat(TemplateFolds.templates("term-3/t-4/frame-0/greet-1/close-2/quote-0"))
                .containsExactly("pattern-3", "term-4", "frame-0");
        assertThat(TemplateFolds.templates("code-de12/frame-4")).isEmpty();
        assertThat(TemplateFolds.templates(null)).isEmpty();
    }

    @Test
    void foldsAreDisjointByTemplate() {
        List<LabelledExample> texts = generated(6000, 1);
        TemplateFolds folds = TemplateFolds.of(texts, 3, 42);
        Set<String> heldOutSomewhere = new HashSet<>();
        int pooled = 0;
        for (int i = 0; i < 3; i++) {
            int f = i;
            TemplateFolds.Fold fold = folds.fold(texts, f);
            assertThat(fold.heldOut()).isNotEmpty();
            Set<String> trainTemplates = new HashSet<>();
            for (LabelledExample e : fold.train()) {
                for (String t : TemplateFolds.templates(e.family())) {
                    assertThat(folds.foldOf(t)).as("training text %s of fold %d", e.family(), f).isNotEqualTo(f);
                    trainTemplates.add(t);
                }
            }
            for (LabelledExample e : fold.heldOut()) {
                Set<String> templates = TemplateFolds.templates(e.family());
                assertThat(templates).isNotEmpty().allMatch(t -> folds.foldOf(t) == f);
                assertThat(templates).doesNotContainAnyElementsOf(trainTemplates);
                assertThat(heldOutSomewhere.add(e.text())).as("held out once").isTrue();
            }
            // what names no template (real code descriptions, no family) is trained on in every fold
            assertThat(fold.train()).containsAll(texts.stream()
                    .filter(e -> TemplateFolds.templates(e.family()).isEmpty()).toList());
            // every text is trained on, held out, or (mixing this fold's templates with others) dropped
            assertThat(fold.train().size() + fold.heldOut().size()).isLessThan(texts.size());
            pooled += fold.heldOut().size();
        }
        assertThat(pooled).isEqualTo(heldOutSomewhere.size());
    }

    @Test
    void spreadsEveryKindOfTemplateOverTheFolds() {
        List<LabelledExample> texts = generated(6000, 2);
        TemplateFolds folds = TemplateFolds.of(texts, 3, 42);
        for (String kind : List.of("reason-", "pattern-", "frame-", "term-")) {
            int size = kind.equals("term-") ? 5 : kind.equals("pattern-") ? 12 : 18;
            int[] perFold = new int[3];
            for (int i = 0; i < size; i++) {
                perFold[folds.foldOf(kind + i)]++;
            }
            for (int count : perFold) {
                assertThat(count).as(kind).isBetween(size / 3, size / 3 + 1);
            }
        }
        // the same seed deals the same folds
        TemplateFolds again = TemplateFolds.of(generated(6000, 2), 3, 42);
        for (int i = 0; i < 18; i++) {
            assertThat(again.foldOf("reason-" + i)).isEqualTo(folds.foldOf("reason-" + i));
        }
    }

    @Test
    void needsAtLeastTwoFolds() {
        assertThatThrownBy(() -> TemplateFolds.of(generated(100, 3), 1, 42))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
    }
}
