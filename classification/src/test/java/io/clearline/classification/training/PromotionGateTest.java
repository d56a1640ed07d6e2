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
    void refusesACoverageDropAndNamesTheReferenceItFellBehind() {
        PromotionGate.Decision d = gate.decide(Map.of("macro_f1", 0.84, "ece", 0.03, "coverage_at_target_precision", 0.60),
                Map.of("macro_f1", 0.83, "ece", 0.03, "coverage_at_target_precision", 0.65));
        assertThat(d.promote()).isFalse();
        assertThat(d.reasons()).singleElement().asString().startsWith("coverage_at_target_precision 0.6000 < promoted");
    }

    @Test
    void aCandidateMustStayWithinToleranceOfEveryReference() {
        Map<String, Double> candidate = Map.of("macro_f1", 0.895, "accuracy", 0.9, "ece", 0.03);
        // within 0.01 of the promoted version, which itself slipped from the pinned baseline
        Map<String, Map<String, Double>> references = new java.util.LinkedHashMap<>();
        references.put("promoted v2", Map.of("macro_f1", 0.90, "accuracy", 0.9, "ece", 0.03));
        references.put("baseline v1", Map.of("macro_f1", 0.91, "accuracy", 0.9, "ece", 0.03));
        PromotionGate.Decision d = gate.decideAgainst(candidate, references);
        assertThat(d.promote()).isFalse();
        assertThat(d.reasons()).singleElement().asString().contains("baseline v1");

        references.put("baseline v1", Map.of("macro_f1", 0.90, "accuracy", 0.9, "ece", 0.03));
        assertThat(gate.decideAgainst(candidate, references).promote()).isTrue();
        assertThat(gate.decideAgainst(candidate, Map.<String, Map<String, Double>>of()).reasons())
                .containsExactly("no promoted version yet");
    }

    @Test
    void thePromotedVersionIsScoredAgainNotReadFromItsCard(@TempDir Path models) throws java.io.IOException {
        ModelBuilder.Settings settings = ModelBuilderTest.settings(List.of(CandidateTrainer.logisticRegression(5, 1)));
        DataSplits good = TinyData.splits(7, 400, 200, 200);
        assertThat(Retrain.retrain("tiny", "v1", good, settings, models, gate, Instant.now()).promoted()).isTrue();
        // v1's stored figures claim it was useless; the gate must not believe them
        java.nio.file.Files.writeString(models.resolve("tiny/v1/metrics.json"),
                "{\"macro_f1\": 0.0, \"accuracy\": 0.0, \"ece\": 1.0, \"coverage_at_target_precision\": 0.0}");
        Map<String, Map<String, Double>> references = Retrain.references(models, "tiny", good.test());
        assertThat(references).containsOnlyKeys("promoted v1");
        assertThat(references.get("promoted v1").get("macro_f1")).isGreaterThan(0.5);

        DataSplits starved = new DataSplits(good.train().subList(0, 8), good.calibration(), good.test(), "starved");
        Retrain.Outcome second = Retrain.retrain("tiny", "v2", starved, settings, models, gate, Instant.now());
        assertThat(second.promoted()).isFalse();
        assertThat(second.decision().reasons()).anyMatch(r -> r.contains(" < promoted v1 ") || r.contains(" > promoted v1 "));
        assertThat(second.written().resolve("model-card.md")).content()
                .contains("## Promotion gate (this test split, scored now)").contains("| promoted v1 |");
    }

    @Test
    void thePinnedBaselineStopsAChainOfSmallRegressions(@TempDir Path models) throws java.io.IOException {
        ModelBuilder.Settings settings = ModelBuilderTest.settings(List.of(CandidateTrainer.logisticRegression(5, 1)));
        DataSplits good = TinyData.splits(7, 400, 200, 200);
        Retrain.retrain("tiny", "v1", good, settings, models, gate, Instant.now());
        java.nio.file.Files.writeString(models.resolve("tiny").resolve(ModelFiles.BASELINE), "v1\n");
        // a weaker version got promoted anyway (by hand, or through an earlier gate that compared stored figures)
        DataSplits starved = new DataSplits(good.train().subList(0, 8), good.calibration(), good.test(), "starved");
        assertThat(Retrain.retrain("tiny", "v2", starved, settings, models, gate, Instant.now()).promoted()).isFalse();
        ModelFiles.promote(models, "tiny", "v2");

        // as weak as v2: within tolerance of the promoted version, but behind the baseline
        Retrain.Outcome third = Retrain.retrain("tiny", "v3", starved, settings, models, gate, Instant.now());
        assertThat(third.decision().reasons()).noneMatch(r -> r.contains("promoted v2"))
                .anyMatch(r -> r.contains(" < baseline v1 ") || r.contains(" > baseline v1 "));
        assertThat(third.promoted()).isFalse();
        assertThat(ModelFiles.currentVersion(models, "tiny")).isEqualTo("v2");

        // the baseline itself retrained passes both
        Retrain.Outcome fourth = Retrain.retrain("tiny", "v4", good, settings, models, gate, Instant.now());
        assertThat(fourth.promoted()).as(String.join("; ", fourth.decision().reasons())).isTrue();
        assertThat(fourth.decision().reasons()).singleElement().asString().contains("promoted v2 and baseline v1");
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
