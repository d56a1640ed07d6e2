package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.model.ModelFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromotionGateTest {

    private final PromotionGate gate = new PromotionGate(0.01);

    @Test
    void promotesTheFirstVersionAndOneWithinTolerance() {
        assertThat(gate.decide(Map.of("macro_f1", 0.5), null).promote()).isTrue();
        assertThat(gate.decide(Map.of("macro_f1", 0.905, "accuracy", 0.9, "ece", 0.03),
                Map.of("macro_f1", 0.91, "accuracy", 0.9, "ece", 0.025)).promote()).isTrue();
    }

    @Test
    void refusesARegressionBeyondTolerance() {
        PromotionGate.Decision d = gate.decide(Map.of("macro_f1", 0.85, "accuracy", 0.9, "ece", 0.09),
                Map.of("macro_f1", 0.91, "accuracy", 0.9, "ece", 0.03));
        assertThat(d.promote()).isFalse();
        assertThat(d.reasons()).hasSize(2).anyMatch(r -> r.startsWith("macro_f1")).anyMatch(r -> r.startsWith("ece"));
    }

    @Test
    void retrainWritesARegressedVersionButKeepsThePromotedOne(@TempDir Path models) {
        ModelBuilder.Settings settings = ModelBuilderTest.settings(List.of(CandidateTrainer.logisticRegression(5, 1)));
        Retrain.Outcome first = Retrain.retrain("tiny", "v1", TinyData.splits(7, 400, 200, 200), settings, models,
                gate, Instant.now());
        assertThat(first.promoted()).isTrue();
        assertThat(ModelFiles.currentVersion(models, "tiny")).isEqualTo("v1");

        // Same test split, but trained on 8 texts: it must score worse and be refused.
        DataSplits good = TinyData.splits(7, 400, 200, 200);
        DataSplits starved = new DataSplits(good.train().subList(0, 8), good.calibration(), good.test(), "starved");
        Retrain.Outcome second = Retrain.retrain("tiny", "v2", starved, settings, models, gate, Instant.now());
        assertThat(second.promoted()).isFalse();
        assertThat(second.written()).isDirectory();
        assertThat(second.written().resolve("model-card.md")).content().contains("NOT promoted");
        assertThat(ModelFiles.currentVersion(models, "tiny")).isEqualTo("v1");
        assertThat(ModelFiles.fromDirectory(models, "tiny", "current").version()).isEqualTo("v1");
    }

    @Test
    void analystCorrectionsJoinOnlyTheTrainingSplit(@TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("tiny.jsonl"),
                "{\"text\":\"pallet crushed by forklift\",\"label\":\"DAMAGED\",\"context\":{}}\n");
        DataSplits base = TinyData.splits(7, 40, 20, 20);
        DataSplits merged = Retrain.withCorrections(base, dir.toString(), "tiny", 3);
        assertThat(merged.train()).hasSize(43).last().extracting(LabelledExample::label).isEqualTo("DAMAGED");
        assertThat(merged.test()).isEqualTo(base.test());
        assertThat(merged.description()).contains("1 analyst corrections");
        assertThat(Retrain.withCorrections(base, null, "tiny", 3)).isSameAs(base);
    }
}
