package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.features.GeneratedTexts;
import io.clearline.classification.model.ModelArtifacts;
import io.clearline.classification.model.ModelFiles;
import io.clearline.classification.model.OnnxModel;
import io.clearline.classification.model.SparseGraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repack tool writes a sparse version of the promoted one and promotes it only on full parity. */
class SparseRepackTest {

    private static final String NAME = "order-exception";
    private static final String DENSE = "2026.11.23-1711";
    private static final List<String> FILES = List.of("model.onnx", "featurizer.json", "feature-map.txt", "labels.txt",
            "calibration.json", "thresholds.json", "metrics.json", "model-card.md", "model.tribuo.gz");
    private static final List<LabelledExample> ITEMS = GeneratedTexts.generate(31, 300).stream()
            .map(t -> new LabelledExample(t, "?", t.length() % 2 == 0 ? Map.of("rule_signals", "QTY_OUTLIER") : Map.of()))
            .toList();

    @TempDir
    Path models;

    @Test
    void repacksThePromotedVersionWithItsSideFilesAndPromotesIt() throws IOException {
        install(DENSE, DENSE);
        SparseRepack.Outcome o = SparseRepack.repack(models, NAME, "2026.12.07-sparse1", ITEMS, "generated texts",
                Instant.parse("2026-12-07T21:00:00Z"));

        assertThat(o.promoted()).isTrue();
        assertThat(o.parity().agreement()).isEqualTo(1.0);
        assertThat(o.sameAnswers()).isEqualTo(ITEMS.size());
        assertThat(ModelFiles.currentVersion(models, NAME)).isEqualTo("2026.12.07-sparse1");
        Path from = models.resolve(NAME).resolve(DENSE);
        for (String file : SparseRepack.SIDE_FILES) {
            assertThat(Files.readAllBytes(o.written().resolve(file))).as(file).isEqualTo(Files.readAllBytes(from.resolve(file)));
        }
        String card = Files.readString(o.written().resolve("model-card.md"));
        assertThat(card).startsWith("# Model card: order-exception 2026.12.07-sparse1")
                .contains("The weights of " + DENSE + ", repacked").contains("agreement 1.0000")
                .contains("## The card of " + DENSE);
        ModelArtifacts repacked = ModelFiles.fromDirectory(models, NAME, "current");
        assertThat(SparseGraph.isSparse(repacked.onnx())).isTrue();
        try (OnnxModel model = new OnnxModel(repacked)) {
            assertThat(model.sparse()).isTrue();
        }
        // the promoted version is sparse now: nothing more to do
        assertThat(SparseRepack.repack(models, NAME, "2026.12.07-sparse2", ITEMS, "generated texts", Instant.now()))
                .isNull();
        assertThat(Files.exists(models.resolve(NAME).resolve("2026.12.07-sparse2"))).isFalse();
    }

    @Test
    void refusesToPromoteWhenOnnxRuntimeDisagreesWithTheTribuoModel() throws IOException {
        // a Tribuo model of another version (other weights) beside the graph: parity cannot hold
        install(DENSE, DENSE);
        try (InputStream other = resource(NAME + "/2026.11.23-1/model.tribuo.gz")) {
            Files.copy(other, models.resolve(NAME).resolve(DENSE).resolve("model.tribuo.gz"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        SparseRepack.Outcome o = SparseRepack.repack(models, NAME, "2026.12.07-sparse1", ITEMS, "generated texts",
                Instant.now());

        assertThat(o.promoted()).isFalse();
        assertThat(o.parity().agreement()).isLessThan(1.0);
        assertThat(ModelFiles.currentVersion(models, NAME)).isEqualTo(DENSE);
        assertThat(Files.readString(o.written().resolve("model-card.md"))).contains("NOT promoted");
    }

    @Test
    void badArgumentsExitWithTwo() {
        assertThat(SparseRepack.run(new String[0])).isEqualTo(2);
        assertThat(SparseRepack.run(new String[] {"--data", models.resolve("none").toString(), "--models",
            models.toString()})).isEqualTo(2);
    }

    private void install(String version, String current) throws IOException {
        Path dir = models.resolve(NAME).resolve(version);
        Files.createDirectories(dir);
        for (String file : FILES) {
            try (InputStream in = resource(NAME + "/" + version + "/" + file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
        ModelFiles.promote(models, NAME, current);
    }

    private static InputStream resource(String path) {
        return SparseRepackTest.class.getClassLoader().getResourceAsStream("models/" + path);
    }
}
