package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextViewsTest {

    static final List<LabelledExample> TRAIN = List.of(
            new LabelledExample("PO 123 already received", "DUPLICATE_ORDER", Map.of("rule_signals", "PO_SEEN_BEFORE")),
            new LabelledExample("PO number missing", "INVALID_PO_DATA", Map.of("rule_signals", "")),
            new LabelledExample("credit hold", "CREDIT_HOLD", Map.of()));

    @Test
    void addsATextlessCopyOfEveryExampleThatCarriesASignal() {
        List<LabelledExample> out = ContextViews.add(TRAIN, List.of("rule_signals"));

        assertThat(out).hasSize(4).startsWith(TRAIN.toArray(LabelledExample[]::new));
        assertThat(out.get(3).text()).isEmpty();
        assertThat(out.get(3).label()).isEqualTo("DUPLICATE_ORDER");
        assertThat(out.get(3).context()).containsEntry("rule_signals", "PO_SEEN_BEFORE");
    }

    @Test
    void leavesClassifiersWithoutContextKeysAlone() {
        assertThat(ContextViews.add(TRAIN, List.of())).isEqualTo(TRAIN);
    }
}
