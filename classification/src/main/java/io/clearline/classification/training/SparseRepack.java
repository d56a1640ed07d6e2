package io.clearline.classification.training;

import io.clearline.classification.model.ModelArtifacts;
import io.clearline.classification.model.ModelFiles;
import io.clearline.classification.model.OnnxModel;
import io.clearline.classification.model.SparseGraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Rewrites a classifier's promoted version into the sparse graph form ({@link SparseGraph}, ADR 008) as a
 * new version: the same weights and side files, a new model card that says so, and the checks. The new
 * version is promoted only when ONNX Runtime agrees with the version's own Tribuo model on every item
 * ({@link Parity}: same label, raw outputs within {@link Parity#TOLERANCE}) and the sparse graph gives the
 * dense one's answer (label, and whether it needs review) on every item.
 *
 * <pre>java ... SparseRepack --data DIR [--models DIR] [--version V] [--only NAME]</pre>
 * {@code DIR/<name>/{calibration,test}.jsonl} as training-data's {@code TextSets} writes them are the items.
 * Exit code 0 when every version was promoted (or was already sparse), 3 when one was refused, 2 on bad arguments.
 */
public final class SparseRepack {

    /**
     * @param sameAnswers items where the sparse graph's answer (top label, above or below its threshold) is the dense one's
     * @param maxRawDifference largest difference of a raw output between the dense and the sparse graph
     * @param maxProbabilityDifference the same after calibration
     */
    public record Outcome(String name, String from, String to, Parity.Result parity, int items, int sameAnswers,
            double maxRawDifference, double maxProbabilityDifference, boolean promoted, Path written) {
    }

    /** Files a repacked version takes over unchanged from the version it repacks. */
    static final List<String> SIDE_FILES = List.of("featurizer.json", "feature-map.txt", "labels.txt",
            "calibration.json", "thresholds.json", "metrics.json", "model.tribuo.gz");

    private SparseRepack() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        Map<String, String> options = Retrain.options(args);
        if (!options.containsKey("data")) {
            System.err.println("usage: SparseRepack --data DIR [--models DIR] [--version V] [--only NAME]");
            return 2;
        }
        Path data = Path.of(options.get("data"));
        Path models = Path.of(options.getOrDefault("models", "models/src/main/resources/models"));
        Instant now = Instant.now();
        String version = options.getOrDefault("version",
                DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(ZoneOffset.UTC).format(now) + "-sparse1");
        List<String> names = options.containsKey("only") ? List.of(options.get("only"))
                : List.of(Recipes.DEDUCTION_REASON, Recipes.ORDER_EXCEPTION, Recipes.DOCUMENT_TYPE);
        boolean refused = false;
        for (String name : names) {
            if (!Files.isDirectory(data.resolve(name)) || ModelFiles.currentVersion(models, name) == null) {
                System.err.println("no data or no promoted version for '" + name + "'");
                return 2;
            }
            List<LabelledExample> items = new ArrayList<>();
            for (String split : List.of("calibration.jsonl", "test.jsonl")) {
                if (Files.isRegularFile(data.resolve(name).resolve(split))) {
                    items.addAll(LabelledExample.readJsonLines(data.resolve(name).resolve(split)));
                }
            }
            Outcome o = repack(models, name, version, items, describe(data.resolve(name)), now);
            if (o == null) {
                System.out.println(name + ": " + ModelFiles.currentVersion(models, name) + " is already sparse");
                continue;
            }
            System.out.printf("%s %s → %s: %s — parity %.4f over %d items (max difference %.2e), same answers %d/%d,"
                    + " max raw difference %.2e, max probability difference %.2e%n", name, o.from(), o.to(),
                    o.promoted() ? "promoted" : "NOT promoted", o.parity().agreement(), o.parity().items(),
                    o.parity().maxDifference(), o.sameAnswers(), o.items(), o.maxRawDifference(),
                    o.maxProbabilityDifference());
            refused |= !o.promoted();
        }
        return refused ? 3 : 0;
    }

    /**
     * Repacks the promoted version of {@code name} under {@code models} as {@code version}; null when the
     * promoted version is sparse already.
     */
    public static Outcome repack(Path models, String name, String version, List<LabelledExample> items,
            String dataDescription, Instant now) {
        String from = ModelFiles.currentVersion(models, name);
        ModelArtifacts dense = ModelFiles.fromDirectory(models, name, from);
        if (SparseGraph.isSparse(dense.onnx())) {
            return null;
        }
        if (version.equals(from)) {
            throw new IllegalArgumentException("the repacked version needs a name of its own, not " + from);
        }
        ModelArtifacts sparse = new ModelArtifacts(name, version, dense.featurizer(), dense.features(), dense.labels(),
                dense.calibration(), dense.thresholds(), dense.metrics(), SparseGraph.fromDense(dense.onnx()));
        Path tribuoFile = models.resolve(name).resolve(from).resolve("model.tribuo.gz");
        TribuoClassifier tribuo = TribuoClassifier.deserialize(gunzip(tribuoFile), dense.featurizer());
        try (OnnxModel denseModel = new OnnxModel(dense); OnnxModel sparseModel = new OnnxModel(sparse)) {
            Parity.Result parity = Parity.check(tribuo, sparseModel, items);
            List<String> texts = items.stream().map(LabelledExample::text).toList();
            List<Map<String, String>> contexts = items.stream().map(e -> (Map<String, String>) e.context()).toList();
            List<OnnxModel.Scored> before = denseModel.score(texts, contexts);
            List<OnnxModel.Scored> after = sparseModel.score(texts, contexts);
            int same = 0;
            double maxRaw = 0;
            double maxProbability = 0;
            for (int i = 0; i < items.size(); i++) {
                OnnxModel.Scored d = before.get(i);
                OnnxModel.Scored s = after.get(i);
                for (int k = 0; k < d.raw().length; k++) {
                    maxRaw = Math.max(maxRaw, Math.abs(d.raw()[k] - s.raw()[k]));
                    maxProbability = Math.max(maxProbability, Math.abs(d.probabilities()[k] - s.probabilities()[k]));
                }
                same += answer(dense, d.probabilities()).equals(answer(dense, s.probabilities())) ? 1 : 0;
            }
            boolean promote = parity.agreement() == 1.0 && same == items.size() && !items.isEmpty();
            Outcome outcome = new Outcome(name, from, version, parity, items.size(), same, maxRaw, maxProbability,
                    promote, null);
            String card = card(outcome, dataDescription, now,
                    Files.isRegularFile(models.resolve(name).resolve(from).resolve("model-card.md"))
                            ? read(models.resolve(name).resolve(from).resolve("model-card.md")) : "");
            Path written = ModelFiles.write(models, sparse, card);
            // the side files byte for byte (written back from a Map, thresholds and metrics would change order)
            for (String file : SIDE_FILES) {
                Path source = models.resolve(name).resolve(from).resolve(file);
                if (Files.isRegularFile(source)) {
                    copy(source, written.resolve(file));
                }
            }
            if (promote) {
                ModelFiles.promote(models, name, version);
            }
            return new Outcome(name, from, version, parity, items.size(), same, maxRaw, maxProbability, promote, written);
        }
    }

    /** Top label and whether it clears its threshold: what the service answers from these probabilities. */
    private static String answer(ModelArtifacts a, double[] p) {
        int best = Scoring.argmax(p);
        String label = a.labels().get(best);
        return label + (p[best] >= a.thresholds().getOrDefault(label, 1.0) ? "" : " (needs review)");
    }

    static String card(Outcome o, String data, Instant now, String previousCard) {
        StringBuilder md = new StringBuilder();
        md.append("# Model card: ").append(o.name()).append(' ').append(o.to()).append("\n\n");
        md.append("**The weights of ").append(o.from()).append(", repacked** as a sparse ONNX graph (ADR 008): inputs `")
                .append(SparseGraph.COLUMNS).append("` (int64 [n], the text's feature columns) and `")
                .append(SparseGraph.VALUES).append("` (float [1, n]); Gather of those rows of W, Gemm with the values")
                .append(" plus the bias, then the same output steps as before. Nothing was retrained: featurizer,")
                .append(" feature map, labels, calibration, thresholds, metrics.json and model.tribuo.gz are ")
                .append(o.from()).append("'s. Only float rounding differs (fewer additions, in another order).\n\n");
        md.append("- Date: ").append(now).append('\n');
        md.append("- Repacked by: `").append(SparseRepack.class.getName()).append("`\n");
        md.append("- Promotion: ").append(o.promoted() ? "promoted" : "NOT promoted")
                .append(" — needs ONNX parity 1.0 against the Tribuo model and the dense graph's answer on every item\n\n");
        md.append("## Checks\n\n").append(data).append("\n\n")
                .append("| check | items | result |\n| --- | --- | --- |\n")
                .append(String.format("| ONNX parity (sparse graph vs Tribuo: same label, raw outputs within %.0e) | %d |"
                        + " agreement %.4f, max difference %.2e |%n", Parity.TOLERANCE, o.parity().items(),
                        o.parity().agreement(), o.parity().maxDifference()))
                .append(String.format("| sparse vs dense graph (label and needs-review the same) | %d | %d same;"
                        + " max raw difference %.2e, max probability difference %.2e |%n", o.items(), o.sameAnswers(),
                        o.maxRawDifference(), o.maxProbabilityDifference()));
        if (!previousCard.isBlank()) {
            md.append("\n## The card of ").append(o.from()).append(" (same weights)\n\n")
                    .append(previousCard.strip().replaceAll("(?m)^#", "##")).append('\n');
        }
        return md.toString();
    }

    private static String describe(Path dir) {
        Path manifest = dir.resolve("MANIFEST.txt");
        String source = Files.isRegularFile(manifest) ? read(manifest).strip() : "JSON lines from " + dir;
        return "Items: the calibration and test splits of " + source;
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
