package io.clearline.eval.classification;

import io.clearline.classification.Classification;
import io.clearline.classification.ClassificationProperties;
import io.clearline.classification.ClassificationRequest;
import io.clearline.classification.Classifiers;
import io.clearline.classification.model.ModelArtifacts;
import io.clearline.classification.model.ModelFiles;
import io.clearline.classification.model.OnnxModel;
import io.clearline.classification.training.LabelledExample;
import io.clearline.classification.training.Metrics;
import io.clearline.classification.training.Parity;
import io.clearline.classification.training.TribuoClassifier;
import io.clearline.trainingdata.text.LabelledText;
import io.clearline.trainingdata.text.Partition;
import io.clearline.trainingdata.text.TextSets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./clearline eval classification [--items N] [--seed S] [--http-calls N] [--no-http]}: scores the shipped model versions on
 * freshly generated texts from templates, phrasings and reason terms no training run used (the TEST
 * partition), on the corpus documents whose type their sources state (first page as extraction reads it,
 * OCR for scans; {@link CorpusDocuments}), checks ONNX Runtime against the shipped Tribuo models, reports
 * where the shipped routing table sends the answers ({@link RoutingFigures}), and times in-process
 * classification and, when the service jar is built, classification over HTTP ({@link HttpBenchmark}).
 * Writes eval/reports/classification.md, .json and a reliability SVG.
 */
public final class ClassificationEval {

    /** One classifier's evaluation. */
    record Result(String name, String version, List<String> labels, Metrics metrics, Parity.Result parity,
            String modelCard, Map<String, Metrics> byFamilyKind, Map<String, Metrics> byLanguage,
            Map<String, Double> answeredWrongByTruth) {
    }

    private ClassificationEval() {
    }

    public static int run(Path repoRoot, List<String> args) throws IOException {
        int items = Integer.parseInt(option(args, "--items", "2000"));
        long seed = Long.parseLong(option(args, "--seed", "424242"));
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        long rssBefore = ResidentMemory.bytes();
        try (Classifiers classifiers = Classifiers.fromClasspath(ClassificationProperties.defaultsOnly())) {
            long rssDelta = ResidentMemory.bytes() - rssBefore;
            long modelHeap = Math.max(0, usedAfterGc(rt) - before);
            List<Result> results = new ArrayList<>();
            for (String name : TextSets.NAMES) {
                results.add(evaluate(classifiers, name, TextSets.generate(name, seed, items, Partition.TEST)));
            }
            List<CorpusDocuments.Document> corpus = CorpusDocuments.load(corpus(repoRoot));
            List<Classification> corpusAnswers = classifiers.classifyBatch("document-type", corpus.stream()
                    .map(d -> ClassificationRequest.of(d.text())).toList());
            Speed.Result speed = Speed.inProcess(classifiers, TextSets.generate(TextSets.DEDUCTION_REASON, seed + 1, 500,
                    Partition.TEST).stream().map(LabelledText::text).toList());
            double throughput = Speed.batchThroughput(classifiers, TextSets.generate(TextSets.DEDUCTION_REASON, seed + 2,
                    256, Partition.TEST).stream().map(LabelledText::text).toList());
            long onnxBytes = classifiers.modelBytes();
            // measured where /proc exists (resident memory grown by loading, native ONNX sessions included);
            // else the estimate from heap and model sizes
            double memoryMb = (rssBefore > 0 ? Math.max(rssDelta, modelHeap) : modelHeap + onnxBytes) / (1024.0 * 1024.0);

            Map<String, Object> json = Report.json(results, corpus, corpusAnswers, speed, memoryMb);
            json.put("inproc_batch_throughput_per_s", Math.round(throughput));
            // where the shipped routing table sends the test split's answers (ADR 005)
            json.put("routing", RoutingFigures.measure(repoRoot, items, seed));
            json.put("order_exception_no_exception_answered", Math.round(answeredWithoutException(classifiers, seed, 300)
                    * 10000) / 10000.0);
            // over HTTP: the service jar as a child process (skipped, with the reason, when there is no jar)
            HttpBenchmark.Result http = args.contains("--no-http") ? HttpBenchmark.Result.skipped("--no-http given")
                    : HttpBenchmark.measure(repoRoot, TextSets.generate(TextSets.DEDUCTION_REASON, seed + 3, 2000,
                            Partition.TEST).stream().map(LabelledText::text).toList(),
                            Integer.parseInt(option(args, "--http-calls", "500")), 500, 4, java.time.Duration.ofSeconds(20));
            http.into(json);
            Path reports = repoRoot.resolve("eval/reports");
            Files.createDirectories(reports);
            json.put("model_memory_detail", Map.of("rss_delta_mb", Math.round(rssDelta / 1048576.0 * 10) / 10.0,
                    "heap_retained_mb", Math.round(modelHeap / 1048576.0 * 10) / 10.0,
                    "model_files_mb", Math.round(onnxBytes / 1048576.0 * 10) / 10.0));
            Report.write(reports, json, results, corpus, corpusAnswers, speed, modelHeap, onnxBytes, items, seed);
            System.out.println("classification: " + json);
            return 0;
        }
    }

    static Result evaluate(Classifiers classifiers, String name, List<LabelledText> texts) {
        List<String> labels = classifiers.labels(name);
        List<Classification> answers = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += 256) {
            answers.addAll(classifiers.classifyBatch(name, texts.subList(from, Math.min(texts.size(), from + 256))
                    .stream().map(t -> new ClassificationRequest(t.text(), t.context())).toList()));
        }
        int n = texts.size();
        int[] truth = new int[n];
        int[] predicted = new int[n];
        double[] confidence = new double[n];
        boolean[] answered = new boolean[n];
        for (int i = 0; i < n; i++) {
            truth[i] = labels.indexOf(texts.get(i).label());
            predicted[i] = labels.indexOf(answers.get(i).predictedLabel());
            confidence[i] = answers.get(i).confidence().value();
            answered[i] = !answers.get(i).needsReview();
        }
        Metrics metrics = Metrics.of(labels, truth, predicted, confidence, answered);
        // "reason-3/frame-1" → "reason": whole hand-written phrasings vs reason terms in unseen sentences
        Map<String, Metrics> byKind = groups(labels, texts, t -> t.family().replaceFirst("-.*", ""), truth, predicted,
                confidence, answered);
        Map<String, Metrics> byLanguage = groups(labels, texts, LabelledText::language, truth, predicted, confidence,
                answered);
        String version = classifiers.model(name).version();
        ModelArtifacts artifacts = ModelFiles.fromClasspath(name, version);
        Parity.Result parity;
        try (OnnxModel onnx = new OnnxModel(artifacts)) {
            TribuoClassifier tribuo = TribuoClassifier.deserialize(gunzip(resource(name + "/" + version
                    + "/model.tribuo.gz")), artifacts.featurizer(), artifacts.lexicon());
            parity = Parity.check(tribuo, onnx, texts.stream()
                    .map(t -> new LabelledExample(t.text(), t.label(), t.context())).toList());
        }
        String card = new String(resource(name + "/" + version + "/model-card.md"), java.nio.charset.StandardCharsets.UTF_8);
        // per true label: the share answered automatically with a wrong label (e.g. UNKNOWN memos given a reason)
        Map<String, Double> answeredWrong = new java.util.TreeMap<>();
        for (int c = 0; c < labels.size(); c++) {
            int all = 0;
            int wrong = 0;
            for (int i = 0; i < n; i++) {
                if (truth[i] == c) {
                    all++;
                    wrong += answered[i] && predicted[i] != c ? 1 : 0;
                }
            }
            answeredWrong.put(labels.get(c), all == 0 ? 0 : (double) wrong / all);
        }
        return new Result(name, version, labels, metrics, parity, card, byKind, byLanguage, answeredWrong);
    }

    private static Map<String, Metrics> groups(List<String> labels, List<LabelledText> texts,
            java.util.function.Function<LabelledText, String> key, int[] truth, int[] predicted, double[] confidence,
            boolean[] answered) {
        Map<String, Metrics> out = new java.util.TreeMap<>();
        for (String group : texts.stream().map(key).distinct().toList()) {
            int[] idx = java.util.stream.IntStream.range(0, texts.size())
                    .filter(i -> key.apply(texts.get(i)).equals(group)).toArray();
            boolean[] a = new boolean[idx.length];
            double[] c = new double[idx.length];
            int[] t = new int[idx.length];
            int[] p = new int[idx.length];
            for (int k = 0; k < idx.length; k++) {
                t[k] = truth[idx[k]];
                p[k] = predicted[idx[k]];
                c[k] = confidence[idx[k]];
                a[k] = answered[idx[k]];
            }
            out.put(group, Metrics.of(labels, t, p, c, a));
        }
        return out;
    }

    /**
     * Share of order remarks that name no exception and fire no rule which the order-exception model
     * still answers automatically (they should all go to review).
     */
    static double answeredWithoutException(Classifiers classifiers, long seed, int items) {
        List<LabelledText> neutral = io.clearline.trainingdata.text.OrderExceptionGenerator.withoutException(seed, items,
                Partition.TEST);
        List<Classification> answers = classifiers.classifyBatch(TextSets.ORDER_EXCEPTION, neutral.stream()
                .map(t -> new ClassificationRequest(t.text(), t.context())).toList());
        return answers.stream().filter(a -> !a.needsReview()).count() / (double) Math.max(1, answers.size());
    }

    private static byte[] resource(String path) {
        try (InputStream in = ClassificationEval.class.getClassLoader().getResourceAsStream("models/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing models/" + path + " on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static Path corpus(Path repoRoot) {
        Path sibling = repoRoot.resolve("../shared/corpus").normalize();
        return Files.isDirectory(sibling) ? sibling : Path.of("/work/shared/corpus");
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
