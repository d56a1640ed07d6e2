package io.clearline.classification.training;

import io.clearline.classification.features.Featurizer;
import io.clearline.classification.features.Lexicon;
import io.clearline.classification.model.ModelArtifacts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Retrain's {@code --lexicon-words FILE[,FILE]}: builds the new version's {@link Lexicon} from its own
 * training texts ({@link LexiconBuilder}, MiniLM) and attaches it before parity and the promotion gate,
 * so both, and the test-split metrics, see the model as it will be served. The weights do not change:
 * no training word has an entry, so training featurizes as before.
 */
public final class RetrainLexicon {

    /** The version with its lexicon and the model card's section on it. */
    public record Attached(ModelBuilder.Built built, String card) {
    }

    private RetrainLexicon() {
    }

    public static Attached attach(ModelBuilder.Built built, DataSplits data, List<Path> wordLists,
            LexiconBuilder.Settings settings, LexiconBuilder.Embedder embedder, String embedderName) {
        return attach(built, data, wordLists, Glossary.NONE, settings, embedder, embedderName);
    }

    /** As above, with a glossary: its words are candidates too, embedded as their definitions (ADR 014). */
    public static Attached attach(ModelBuilder.Built built, DataSplits data, List<Path> wordLists, Glossary glossary,
            LexiconBuilder.Settings settings, LexiconBuilder.Embedder embedder, String embedderName) {
        ModelArtifacts plain = built.artifacts();
        Featurizer featurizer = new Featurizer(plain.featurizer());
        LexiconBuilder.Build build = LexiconBuilder.build(featurizer,
                data.train().stream().map(LabelledExample::text).toList(),
                plain.features().stream().filter(f -> f.startsWith("w:")).map(f -> f.substring(2))
                        .collect(Collectors.toSet()), wordLists, glossary, settings, embedder);
        ModelArtifacts withLexicon = plain.with(plain.version(), build.lexicon());
        Map<String, Double> metrics = new LinkedHashMap<>(plain.metrics());
        metrics.putAll(Retrain.metricsOn(withLexicon, data.test()));
        withLexicon = new ModelArtifacts(plain.name(), plain.version(), plain.featurizer(), plain.features(),
                plain.labels(), plain.calibration(), plain.thresholds(), metrics, plain.onnx(), build.lexicon());
        TrainedCandidate c = built.chosen();
        TrainedCandidate chosen = new TrainedCandidate(c.trainer(), c.classifier().withLexicon(build.lexicon()),
                c.calibration(), c.thresholds(), c.uncalibratedCalibrationSplit(), c.calibrationSplit(),
                c.uncalibratedTest(), c.test(), c.trainMillis());
        List<TrainedCandidate> candidates = built.candidates().stream().map(x -> x == c ? chosen : x).toList();
        String card = card(build, settings, wordLists, glossary, embedderName, plain.metrics(), metrics);
        return new Attached(new ModelBuilder.Built(withLexicon, chosen, candidates, built.crossFit(),
                built.calibrationFit(), built.outOfFold()), card);
    }

    static String card(LexiconBuilder.Build build, LexiconBuilder.Settings s, List<Path> wordLists, Glossary glossary,
            String embedder, Map<String, Double> before, Map<String, Double> after) {
        String glossed = glossary.size() == 0 ? "" : String.format(" and of a WordNet glossary (%d words, ADR 014; "
                + "a word it defines is embedded as its definition and keeps at most %d anchor(s) with cosine >= %.2f)",
                glossary.size(), s.maxGlossAnchors(), s.minGlossCosine());
        return String.format("%n## Lexicon%n%n"
                + "`%s` (ADR 012): %d words of %s%s that no training text contains, each mapped onto at most %d anchor(s) "
                + "with cosine >= %.2f (%s), embedded with %s. Anchors: %d training words with a `w:` feature in >= %d and "
                + "<= %.1f%% of the training texts (of %d training word types); %d word-list words embedded; build %d s "
                + "(embedding %d s).%n%n"
                + "| test split | macro F1 | ECE | coverage |%n| --- | --- | --- | --- |%n"
                + "| without lexicon | %.4f | %.4f | %.4f |%n| with lexicon | %.4f | %.4f | %.4f |%n",
                Lexicon.FILE, build.lexicon().size(), wordLists, glossed, s.maxAnchors(), s.minCosine(),
                s.charGrams() ? "an anchor adds its word feature and character n-grams" : "an anchor adds its word feature",
                embedder, build.anchors(), s.minAnchorDf(), 100 * s.maxAnchorShare(), build.trainingWords(),
                build.candidates(), build.totalMillis() / 1000, build.embedMillis() / 1000,
                before.get("macro_f1"), before.get("ece"), before.get("coverage_at_target_precision"),
                after.get("macro_f1"), after.get("ece"), after.get("coverage_at_target_precision"));
    }
}
