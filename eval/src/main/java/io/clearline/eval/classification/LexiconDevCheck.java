package io.clearline.eval.classification;

import io.clearline.classification.features.Featurizer;
import io.clearline.classification.features.Lexicon;
import io.clearline.classification.model.ModelArtifacts;
import io.clearline.classification.model.ModelFiles;
import io.clearline.classification.model.OnnxModel;
import io.clearline.classification.training.LexiconBuilder;
import io.clearline.classification.training.Metrics;
import io.clearline.classification.training.MiniLm;
import io.clearline.classification.training.Scoring;
import io.clearline.trainingdata.text.LabelledText;
import io.clearline.trainingdata.text.Partition;
import io.clearline.trainingdata.text.TextSets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lexicon's choices, made on the DEV split only (ADR 012): builds the neighbours of a word list's
 * unseen words for a shipped deduction-reason version from its own training texts (TextSets, the
 * retrain's seed, TRAIN partition), then scores that version on generated CALIBRATION-partition texts of
 * other seeds, without a lexicon and with lexicons of several selection settings. Never reads the eval's
 * TEST partition.
 *
 * <pre>java ... LexiconDevCheck [--models DIR] [--version V] [--words FILE[,FILE]] [--train 80000]
 *     [--seeds 7001,7002,7003] [--items 3000] [--write-lexicon FILE --cosine C --anchors K --grams true|false]
 *     [--glosses WORDNET_DIR]</pre>
 * With {@code --glosses} (ADR 014) the lexicon also holds WordNet's words, each embedded as its definition, and
 * the grid is over the glossed words' cosine and anchors, the plain words kept at the defaults.
 */
public final class LexiconDevCheck {

    private static final long TRAINING_SEED = 20261123L;

    private LexiconDevCheck() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path models = Path.of(o.getOrDefault("models", "models/src/main/resources/models"));
        String name = TextSets.DEDUCTION_REASON;
        String version = o.getOrDefault("version", "2026.12.07-xfit3-sparse1");
        ModelArtifacts model = ModelFiles.fromDirectory(models, name, version);
        Featurizer featurizer = new Featurizer(model.featurizer());
        List<String> train = TextSets.generate(name, TRAINING_SEED, Integer.parseInt(o.getOrDefault("train", "80000")),
                Partition.TRAIN).stream().map(LabelledText::text).toList();
        Set<String> modelWords = model.features().stream().filter(f -> f.startsWith("w:")).map(f -> f.substring(2))
                .collect(Collectors.toSet());
        List<Path> words = java.util.Arrays.stream(o.getOrDefault("words", "/usr/share/dict/american-english")
                .split(",")).map(Path::of).toList();
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        LexiconBuilder.Settings base = LexiconBuilder.Settings.defaults();
        if (o.containsKey("min-df")) {
            base = new LexiconBuilder.Settings(Integer.parseInt(o.get("min-df")),
                    Double.parseDouble(o.getOrDefault("max-share", Double.toString(base.maxAnchorShare()))),
                    base.minWordLength(), base.minCosine(), base.maxAnchors(), base.charGrams());
        }
        Path cache = Path.of(o.getOrDefault("vectors", "target/minilm-words.bin"));
        CachedVectors embedder = new CachedVectors(cache, new MiniLm(o.getOrDefault("template", "%s")));
        io.clearline.classification.training.Glossary glossary = o.containsKey("glosses")
                ? io.clearline.classification.training.Glossary.wordNet(Path.of(o.get("glosses")),
                        io.clearline.classification.training.Glossary.SENSES)
                : io.clearline.classification.training.Glossary.NONE;
        LexiconBuilder.Build build = LexiconBuilder.build(featurizer, train, modelWords, words, glossary, base, embedder);
        embedder.save();
        System.out.printf("build: %d training words, %d anchors, %d candidate words; embedding %d ms, total %d ms "
                + "(wall), main-thread CPU %d ms; load %s%n", build.trainingWords(), build.anchors(), build.candidates(),
                build.embedMillis(), build.totalMillis(),
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000,
                Files.readString(Path.of("/proc/loadavg")).strip());
        if (o.containsKey("write-lexicon")) {
            Lexicon lexicon = build.select(LexiconBuilder.Settings.defaults().withSelection(
                    Double.parseDouble(o.get("cosine")), Integer.parseInt(o.get("anchors")),
                    Boolean.parseBoolean(o.get("grams"))));
            Files.write(Path.of(o.get("write-lexicon")), lexicon.toTsv());
            System.out.println("wrote " + lexicon + " to " + o.get("write-lexicon"));
        }
        List<LabelledText> dev = new ArrayList<>();
        for (String seed : o.getOrDefault("seeds", "7001,7002,7003").split(",")) {
            long s = Long.parseLong(seed);
            if (s == TRAINING_SEED || s == 424242L) {
                throw new IllegalArgumentException("seed " + s + " is the retrain's or the eval's");
            }
            dev.addAll(TextSets.generate(name, s, Integer.parseInt(o.getOrDefault("items", "3000")), Partition.CALIBRATION));
        }
        Lexicon all = build.select(LexiconBuilder.Settings.defaults().withSelection(-1, 1, false));
        long devUnseen = dev.stream().flatMap(t -> java.util.Arrays.stream(featurizer.tokens(t.text())))
                .filter(w -> all.anchors(w) != null).count();
        System.out.printf("dev: %d texts, %d word occurrences with a word-list neighbour%n", dev.size(), devUnseen);
        System.out.println(row("no lexicon", score(model, dev)));
        if (o.containsKey("cosine")) {
            Lexicon chosen = build.select(LexiconBuilder.Settings.defaults().withSelection(
                    Double.parseDouble(o.get("cosine")), Integer.parseInt(o.get("anchors")),
                    Boolean.parseBoolean(o.get("grams"))));
            cpuPerText(model, model.with(version + "-dev", chosen), dev);
        }
        if (o.containsKey("no-grid")) {
            return;
        }
        if (glossary.size() > 0) {
            for (int anchors : new int[] {1, 2}) {
                for (double cosine : new double[] {0.35, 0.4, 0.45, 0.5, 0.55}) {
                    Lexicon lexicon = build.select(LexiconBuilder.Settings.defaults().withGlossSelection(cosine, anchors));
                    System.out.println(row(String.format("glossed cos>=%.2f k=%d (%d words)", cosine, anchors,
                            lexicon.size()), score(model.with(version + "-dev", lexicon), dev)));
                }
            }
            return;
        }
        for (boolean grams : new boolean[] {false, true}) {
            for (int anchors : new int[] {1, 2}) {
                for (double cosine : new double[] {0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85}) {
                    Lexicon lexicon = build.select(LexiconBuilder.Settings.defaults().withSelection(cosine, anchors, grams));
                    System.out.println(row(String.format("cos>=%.2f k=%d %s (%d words)", cosine, anchors,
                            grams ? "w+c" : "w", lexicon.size()), score(model.with(version + "-dev", lexicon), dev)));
                }
            }
        }
    }

    /** MiniLM vectors kept in a file between runs, so trying other anchor settings does not embed again. */
    static final class CachedVectors implements LexiconBuilder.Embedder {
        private final Path file;
        private final LexiconBuilder.Embedder inner;
        private final Map<String, float[]> known = new java.util.HashMap<>();

        CachedVectors(Path file, LexiconBuilder.Embedder inner) throws java.io.IOException {
            this.file = file;
            this.inner = inner;
            if (Files.isRegularFile(file)) {
                try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        String word = in.readUTF();
                        float[] v = new float[in.readInt()];
                        for (int k = 0; k < v.length; k++) {
                            v[k] = in.readFloat();
                        }
                        known.put(word, v);
                    }
                }
            }
        }

        @Override
        public float[][] embed(List<String> words) {
            List<String> missing = words.stream().filter(w -> !known.containsKey(w)).distinct().toList();
            float[][] fresh = missing.isEmpty() ? new float[0][] : inner.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                known.put(missing.get(i), fresh[i]);
            }
            return words.stream().map(w -> known.get(w).clone()).toArray(float[][]::new);
        }

        void save() throws java.io.IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeInt(known.size());
                for (Map.Entry<String, float[]> e : known.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float x : e.getValue()) {
                        out.writeFloat(x);
                    }
                }
            }
        }
    }

    /**
     * In-process cost of one text (featurize, graph run, calibration), one call per text, as CPU time of
     * this thread: rounds alternate without and with the lexicon so load on the machine hits both alike.
     */
    static void cpuPerText(ModelArtifacts without, ModelArtifacts with, List<LabelledText> texts) {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        try (OnnxModel a = new OnnxModel(without); OnnxModel b = new OnnxModel(with)) {
            long[] cpu = new long[2];
            for (int round = 0; round < 8; round++) {
                for (int which = 0; which < 2; which++) {
                    OnnxModel m = which == 0 ? a : b;
                    long start = bean.getCurrentThreadCpuTime();
                    for (LabelledText t : texts) {
                        m.score(List.of(t.text()), List.of(t.context()));
                    }
                    if (round >= 2) { // the first rounds warm up
                        cpu[which] += bean.getCurrentThreadCpuTime() - start;
                    }
                }
            }
            double n = 6.0 * texts.size();
            System.out.printf("in-process CPU per text: without lexicon %.2f us, with %.2f us, ratio %.3f%n",
                    cpu[0] / n / 1000, cpu[1] / n / 1000, (double) cpu[1] / cpu[0]);
        }
    }

    /** Overall, per family kind (cue / reason / term) and per language. */
    static Map<String, Metrics> score(ModelArtifacts model, List<LabelledText> texts) {
        double[][] p;
        try (OnnxModel onnx = new OnnxModel(model)) {
            p = onnx.score(texts.stream().map(LabelledText::text).toList(),
                    texts.stream().map(LabelledText::context).toList()).stream().map(OnnxModel.Scored::probabilities)
                    .toArray(double[][]::new);
        }
        Map<String, Metrics> out = new LinkedHashMap<>();
        out.put("all", metrics(model, texts, p, t -> "all").get("all"));
        out.putAll(metrics(model, texts, p, t -> t.family().replaceFirst("-.*", "")));
        out.putAll(metrics(model, texts, p, LabelledText::language));
        return out;
    }

    private static Map<String, Metrics> metrics(ModelArtifacts model, List<LabelledText> texts, double[][] p,
            Function<LabelledText, String> group) {
        Map<String, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < texts.size(); i++) {
            members.computeIfAbsent(group.apply(texts.get(i)), g -> new ArrayList<>()).add(i);
        }
        Map<String, Metrics> out = new LinkedHashMap<>();
        members.forEach((g, idx) -> out.put(g, Scoring.metrics(model.labels(),
                idx.stream().map(i -> texts.get(i).label()).toList(),
                idx.stream().map(i -> p[i]).toArray(double[][]::new), model.thresholds())));
        return out;
    }

    private static String row(String variant, Map<String, Metrics> m) {
        StringBuilder s = new StringBuilder(String.format("%-34s", variant));
        m.forEach((g, x) -> s.append(String.format(" %s F1 %.4f", g, x.macroF1())));
        s.append(String.format(" | ECE %.4f cov %.4f prec %.4f", m.get("all").ece(), m.get("all").coverage(),
                m.get("all").answeredPrecision()));
        return s.toString();
    }
}
