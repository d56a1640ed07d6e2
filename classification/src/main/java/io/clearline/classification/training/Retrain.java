package io.clearline.classification.training;

import io.clearline.classification.model.ModelArtifacts;
import io.clearline.classification.model.ModelFiles;
import io.clearline.classification.model.OnnxModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The retrain command: trains every classifier on labelled text sets, writes a new model version
 * with its evaluation and model card, and promotes it only when it passes the ONNX parity check
 * and the {@link PromotionGate} against the promoted version and the pinned baseline
 * ({@code <models>/<name>/BASELINE}), both scored again on this run's test split.
 *
 * <pre>java ... Retrain --data DIR [--models DIR] [--version V] [--only NAME] [--tolerance 0.01] [--epochs 8]
 *     [--corrections DIR] [--feedback-db JDBC_URL] [--corrections-weight 5] [--cross-fit-folds K]
 *     [--calibration-templates-in-training true|false] [--selected-candidate NAME|none] [--max-features N]
 *     [--lexicon-words FILE[,FILE]] [--lexicon-glosses WORDNET_DIR] [--word-ngram-max N] [--char-ngrams MIN,MAX]</pre>
 * {@code --cross-fit-folds K} overrides the recipes' {@code crossFitFolds} (0: temperature on the calibration split);
 * {@code --calibration-templates-in-training true|false} says whether the training split also covers the calibration
 * partition's templates (TextSets' CALIBRATION_TEMPLATES_IN_TRAIN): then a cross-fitting recipe chooses its candidate
 * and sets its thresholds on held-out template folds, since the calibration split no longer holds unseen wordings;
 * {@code --selected-candidate} names the candidate a selection run chose (trained without the calibration templates,
 * compared on the calibration split), {@code none} to choose by out-of-fold macro F1.
 * {@code --lexicon-words} builds each new version's lexicon of unseen words from its training texts and these
 * word lists ({@link RetrainLexicon}, ADR 012); {@code --lexicon-glosses} adds a WordNet database's words as candidates
 * and embeds every word it defines as its definition ({@link Glossary}, ADR 014).
 * {@code --feedback-db} reads the service's {@code classification.feedback} table (user and password from
 * {@code CLEARLINE_DATABASE_USER} / {@code CLEARLINE_DATABASE_PASSWORD}).
 * {@code DIR/<name>/{train,calibration,test}.jsonl} are written by training-data's {@code TextSets}.
 * Exit code 0 when every model was promoted, 3 when one was refused, 2 on bad arguments.
 */
public final class Retrain {

    /**
     * How many generated examples one analyst correction counts as: a correction is a real text the
     * model got wrong, rarer and more telling than a generated one (exported by the service from
     * {@code classification.feedback}).
     */
    public static final int CORRECTION_WEIGHT = 5;

    private Retrain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        Map<String, String> options = options(args);
        if (!options.containsKey("data")) {
            System.err.println("usage: Retrain --data DIR [--models DIR] [--version V] [--only NAME] [--tolerance T] [--epochs N]");
            return 2;
        }
        Path data = Path.of(options.get("data"));
        Path models = Path.of(options.getOrDefault("models", "models/src/main/resources/models"));
        Instant now = Instant.now();
        String version = options.getOrDefault("version",
                DateTimeFormatter.ofPattern("yyyy.MM.dd-HHmm").withZone(ZoneOffset.UTC).format(now));
        PromotionGate gate = new PromotionGate(Double.parseDouble(options.getOrDefault("tolerance", "0.01")));
        Map<String, ModelBuilder.Settings> recipes = overridden(Recipes.standard(
                Integer.parseInt(options.getOrDefault("epochs", "8")), 20261123L), options);
        List<String> names = options.containsKey("only") ? List.of(options.get("only"))
                : List.of(Recipes.DEDUCTION_REASON, Recipes.ORDER_EXCEPTION, Recipes.DOCUMENT_TYPE);
        List<String> refused = new ArrayList<>();
        Glossary glossary = options.containsKey("lexicon-glosses")
                ? Glossary.wordNet(Path.of(options.get("lexicon-glosses")), Glossary.SENSES) : Glossary.NONE;
        for (String name : names) {
            if (!recipes.containsKey(name) || !Files.isDirectory(data.resolve(name))) {
                System.err.println("no recipe or no data for '" + name + "'");
                return 2;
            }
            DataSplits splits = withCorrections(DataSplits.read(data.resolve(name), describe(data.resolve(name))),
                    options.get("corrections"), name,
                    Integer.parseInt(options.getOrDefault("corrections-weight", Integer.toString(CORRECTION_WEIGHT))));
            if (options.containsKey("feedback-db")) {
                // credentials from the environment, as for the service (secrets never on the command line)
                splits = withCorrections(splits, StoredFeedback.read(options.get("feedback-db"),
                        System.getenv("CLEARLINE_DATABASE_USER"), System.getenv("CLEARLINE_DATABASE_PASSWORD"), name),
                        Integer.parseInt(options.getOrDefault("corrections-weight", Integer.toString(CORRECTION_WEIGHT))),
                        "classification.feedback");
            }
            Outcome outcome = retrain(name, version, splits, recipes.get(name), models, gate, now,
                    options.containsKey("lexicon-words") ? java.util.Arrays.stream(options.get("lexicon-words").split(","))
                            .map(Path::of).toList() : List.of(), glossary);
            System.out.println(name + " " + version + ": " + (outcome.promoted() ? "promoted" : "NOT promoted") + " — "
                    + String.join("; ", outcome.decision().reasons()) + " — " + outcome.built().artifacts().metrics());
            if (!outcome.promoted()) {
                refused.add(name);
            }
        }
        return refused.isEmpty() ? 0 : 3;
    }

    /**
     * The recipes with the command line's overrides applied, in an order where each one sees the ones it depends
     * on: folds before the calibration-templates switch (which needs them), that switch before the selected
     * candidate (which only a recipe with the switch on uses).
     */
    static Map<String, ModelBuilder.Settings> overridden(Map<String, ModelBuilder.Settings> recipes,
            Map<String, String> options) {
        Map<String, ModelBuilder.Settings> out = new java.util.HashMap<>(recipes);
        if (options.containsKey("cross-fit-folds")) {
            int folds = Integer.parseInt(options.get("cross-fit-folds"));
            out.replaceAll((n, s) -> s.withCrossFitFolds(folds));
        }
        if (options.containsKey("max-features")) {
            int features = Integer.parseInt(options.get("max-features"));
            out.replaceAll((n, s) -> s.withMaxFeatures(features));
        }
        if (options.containsKey("word-ngram-max") || options.containsKey("char-ngrams")) {
            out.replaceAll((n, s) -> {
                var f = s.featurizer();
                String[] chars = options.getOrDefault("char-ngrams", f.charNgramMin() + "," + f.charNgramMax()).split(",");
                return s.withFeaturizer(new io.clearline.classification.features.FeaturizerSpec(f.version(),
                        Integer.parseInt(options.getOrDefault("word-ngram-max", Integer.toString(f.wordNgramMax()))),
                        Integer.parseInt(chars[0]), Integer.parseInt(chars[1]), f.maxChars(), f.contextKeys()));
            });
        }
        if (options.containsKey("calibration-templates-in-training")) {
            boolean inTraining = Boolean.parseBoolean(options.get("calibration-templates-in-training"));
            out.replaceAll((n, s) -> s.crossFitFolds() > 0 ? s.withCalibrationTemplatesInTraining(inTraining) : s);
        }
        if (options.containsKey("selected-candidate")) {
            String selected = options.get("selected-candidate").equals("none") ? null : options.get("selected-candidate");
            out.replaceAll((n, s) -> s.calibrationTemplatesInTraining() ? s.withSelectedCandidate(selected) : s);
        }
        return out;
    }

    /** {@code --name value} pairs of a command line, by name without the dashes. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /**
     * A shipped version scored now on the candidate's test split (through ONNX Runtime with its own
     * calibration and thresholds), so the gate compares like with like even when the data set changed
     * between versions. A version with a different label set cannot be scored on it: only its own stored
     * figures compare then, marked with {@code stored = 1}.
     */
    static Map<String, Double> metricsOn(ModelArtifacts promoted, List<LabelledExample> test) {
        if (!promoted.labels().containsAll(test.stream().map(LabelledExample::label).distinct().toList())) {
            Map<String, Double> stored = new java.util.LinkedHashMap<>(promoted.metrics());
            stored.put("stored", 1.0);
            return stored;
        }
        try (OnnxModel onnx = new OnnxModel(promoted)) {
            List<OnnxModel.Scored> scored = onnx.score(test.stream().map(LabelledExample::text).toList(),
                    test.stream().map(e -> (Map<String, String>) e.context()).toList());
            double[][] probabilities = scored.stream().map(OnnxModel.Scored::probabilities).toArray(double[][]::new);
            Metrics m = Scoring.metrics(promoted.labels(), test.stream().map(LabelledExample::label).toList(),
                    probabilities, promoted.thresholds());
            Map<String, Double> out = new java.util.LinkedHashMap<>();
            out.put("macro_f1", m.macroF1());
            out.put("accuracy", m.accuracy());
            out.put("ece", m.ece());
            out.put("coverage_at_target_precision", m.coverage());
            out.put("answered_precision", m.answeredPrecision());
            return out;
        }
    }

    /**
     * What the candidate must not fall behind, each scored now on {@code test}: the promoted version it
     * would replace and the pinned baseline (one entry when they are the same version).
     */
    static Map<String, Map<String, Double>> references(Path models, String name, List<LabelledExample> test) {
        Map<String, Map<String, Double>> out = new java.util.LinkedHashMap<>();
        String current = ModelFiles.currentVersion(models, name);
        String baseline = ModelFiles.baselineVersion(models, name);
        if (current != null) {
            out.put((current.equals(baseline) ? "promoted and baseline " : "promoted ") + current,
                    metricsOn(ModelFiles.fromDirectory(models, name, current), test));
        }
        if (baseline != null && !baseline.equals(current)) {
            out.put("baseline " + baseline, metricsOn(ModelFiles.fromDirectory(models, name, baseline), test));
        }
        return out;
    }

    /**
     * Analysts' corrections from the review flow ({@code <dir>/<name>.jsonl}, same line format) join the
     * training split only: the calibration and test splits stay generated, so versions stay comparable.
     */
    static DataSplits withCorrections(DataSplits splits, String dir, String name, int weight) {
        Path file = dir == null ? null : Path.of(dir).resolve(name + ".jsonl");
        if (file == null || !Files.isRegularFile(file)) {
            return splits;
        }
        return withCorrections(splits, LabelledExample.readJsonLines(file), weight, file.toString());
    }

    /**
     * The corrections join the training split, each repeated {@code weight} times (the SGD trainers see
     * a repeated example as a heavier one; Tribuo's example weights are not honoured by all of them).
     */
    public static DataSplits withCorrections(DataSplits splits, List<LabelledExample> corrections, int weight,
            String source) {
        if (corrections.isEmpty()) {
            return splits;
        }
        List<LabelledExample> train = new ArrayList<>(splits.train());
        for (int i = 0; i < Math.max(1, weight); i++) {
            train.addAll(corrections);
        }
        return new DataSplits(train, splits.calibration(), splits.test(), splits.description() + "; plus "
                + corrections.size() + " analyst corrections (weight " + Math.max(1, weight) + ") from " + source);
    }

    private static String describe(Path dir) {
        Path manifest = dir.resolve("MANIFEST.txt");
        try {
            return Files.isRegularFile(manifest) ? Files.readString(manifest).strip() : "JSON lines from " + dir;
        } catch (java.io.IOException e) {
            return "JSON lines from " + dir;
        }
    }

    /** The gate's comparison for the model card: the candidate and each reference on the same test split. */
    static String comparison(Map<String, Double> candidate, Map<String, Map<String, Double>> references) {
        StringBuilder md = new StringBuilder(String.format("%n## Promotion gate (this test split, scored now)%n%n"));
        if (references.isEmpty()) {
            return md.append("No promoted version and no baseline to compare with.\n").toString();
        }
        md.append("| model | macro F1 | accuracy | ECE | coverage | answered precision |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        md.append(row("this candidate", candidate));
        references.forEach((name, m) -> md.append(row(name + (m.containsKey("stored") ? " (stored figures)" : ""), m)));
        return md.toString();
    }

    private static String row(String name, Map<String, Double> m) {
        return String.format("| %s | %.4f | %.4f | %.4f | %.4f | %.4f |%n", name, m.getOrDefault("macro_f1", Double.NaN),
                m.getOrDefault("accuracy", Double.NaN), m.getOrDefault("ece", Double.NaN),
                m.getOrDefault("coverage_at_target_precision", Double.NaN),
                m.getOrDefault("answered_precision", Double.NaN));
    }

    public record Outcome(ModelBuilder.Built built, PromotionGate.Decision decision, Parity.Result parity, Path written,
            boolean promoted) {
    }

    /** Builds, writes and (if allowed) promotes one classifier's new version. */
    public static Outcome retrain(String name, String version, DataSplits data, ModelBuilder.Settings settings,
            Path models, PromotionGate gate, Instant now) {
        return retrain(name, version, data, settings, models, gate, now, List.of(), Glossary.NONE);
    }

    /**
     * As above; with word lists or a glossary, the version gets a lexicon of unseen words built from its training
     * texts.
     */
    public static Outcome retrain(String name, String version, DataSplits data, ModelBuilder.Settings settings,
            Path models, PromotionGate gate, Instant now, List<Path> lexiconWords, Glossary glossary) {
        ModelBuilder.Built built = ModelBuilder.build(name, version, data, settings);
        String lexiconCard = "";
        if (!lexiconWords.isEmpty() || glossary.size() > 0) {
            RetrainLexicon.Attached attached = RetrainLexicon.attach(built, data, lexiconWords, glossary,
                    LexiconBuilder.Settings.defaults(), new MiniLm(), MiniLm.DESCRIPTION);
            built = attached.built();
            lexiconCard = attached.card();
        }
        Parity.Result parity;
        try (OnnxModel onnx = new OnnxModel(built.artifacts())) {
            parity = Parity.check(built.chosen().classifier(), onnx, data.test());
        }
        Map<String, Map<String, Double>> references = references(models, name, data.test());
        PromotionGate.Decision decision = gate.decideAgainst(built.artifacts().metrics(), references);
        if (parity.agreement() < 1.0) {
            List<String> reasons = new ArrayList<>(decision.reasons());
            reasons.add("ONNX parity " + parity.agreement() + " (max difference " + parity.maxDifference() + ")");
            decision = new PromotionGate.Decision(false, reasons);
        }
        ModelArtifacts artifacts = built.artifacts();
        Path written = ModelFiles.write(models, artifacts, ModelCard.write(built, settings, data, decision, now)
                + comparison(built.artifacts().metrics(), references)
                + String.format("%n## ONNX parity (test split)%n%n%d items, agreement %.4f, max difference %.2e%n",
                        parity.items(), parity.agreement(), parity.maxDifference()) + lexiconCard);
        try {
            // gzip: the protobuf repeats feature names; the shipped artifacts stay a few MB
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(written.resolve("model.tribuo.gz")))) {
                out.write(built.chosen().classifier().serialize());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (decision.promote()) {
            ModelFiles.promote(models, name, version);
        }
        return new Outcome(built, decision, parity, written, decision.promote());
    }
}
