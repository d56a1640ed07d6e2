package io.clearline.eval.classification;

import io.clearline.classification.Classification;
import io.clearline.classification.training.Metrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** classification.json (the issue's keys) and classification.md (tables and charts). */
final class Report {

    private Report() {
    }

    static Map<String, Object> json(List<ClassificationEval.Result> results, List<CorpusDocuments.Document> corpus,
            List<Classification> corpusAnswers, Speed.Result speed, double memoryMb) {
        ClassificationEval.Result reason = find(results, "deduction-reason");
        ClassificationEval.Result order = find(results, "order-exception");
        ClassificationEval.Result doc = find(results, "document-type");
        int corpusScored = 0;
        int corpusRight = 0;
        int corpusAnswered = 0;
        int corpusAnsweredRight = 0;
        int extractionRight = 0;
        for (int i = 0; i < corpus.size(); i++) {
            CorpusDocuments.Document d = corpus.get(i);
            if (!d.text().isEmpty()) {
                boolean right = d.label().equals(corpusAnswers.get(i).predictedLabel());
                corpusScored++;
                corpusRight += right ? 1 : 0;
                corpusAnswered += corpusAnswers.get(i).needsReview() ? 0 : 1;
                corpusAnsweredRight += right && !corpusAnswers.get(i).needsReview() ? 1 : 0;
                extractionRight += d.label().equals(d.extractionType()) ? 1 : 0;
            }
        }
        int docItems = doc.metrics().count();
        double docRight = doc.metrics().accuracy() * docItems;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reason_macro_f1", round(reason.metrics().macroF1()));
        json.put("doctype_accuracy", round((docRight + corpusRight) / (docItems + corpusScored)));
        json.put("order_exception_macro_f1", round(order.metrics().macroF1()));
        // each classifier's ECE over its own bins, weighted by its items: one classifier's over-confidence
        // cannot cancel another's under-confidence, as it can in bins pooled across classifiers
        json.put("ece", round(results.stream().mapToDouble(r -> r.metrics().ece() * r.metrics().count()).sum()
                / results.stream().mapToInt(r -> r.metrics().count()).sum()));
        json.put("coverage_at_99_precision", round(pooled(results, m -> m.coverage())));
        json.put("onnx_parity", round(results.stream().mapToDouble(r -> r.parity().agreement() * r.parity().items()).sum()
                / results.stream().mapToInt(r -> r.parity().items()).sum()));
        json.put("inproc_p99_ms", round(speed.p99Ms()));
        json.put("inproc_mean_ms", round(speed.meanMs()));
        json.put("inproc_cpu_us_per_call", Math.round(speed.cpuUsPerCall() * 10) / 10.0);
        json.put("http_p99_ms", null);
        json.put("http_throughput_per_s", null);
        json.put("model_memory_mb", round(memoryMb));
        json.put("answered_precision", round(pooled(results, m -> m.answeredPrecision() * m.coverage())
                / pooled(results, m -> m.coverage())));
        json.put("ece_pooled_bins", round(pooledEce(results)));
        json.put("doctype_accuracy_generated", round(doc.metrics().accuracy()));
        json.put("doctype_accuracy_corpus", corpusScored == 0 ? null : round((double) corpusRight / corpusScored));
        json.put("corpus_documents_scored", corpusScored);
        json.put("doctype_corpus_coverage", corpusScored == 0 ? null : round((double) corpusAnswered / corpusScored));
        json.put("doctype_corpus_answered_precision", corpusAnswered == 0 ? null
                : round((double) corpusAnsweredRight / corpusAnswered));
        json.put("doctype_corpus_extraction_detector_accuracy", corpusScored == 0 ? null
                : round((double) extractionRight / corpusScored));
        reason.byFamilyKind().forEach((kind, m) -> json.put("reason_macro_f1_" + kind + "_family", round(m.macroF1())));
        reason.byLanguage().forEach((lang, m) -> json.put("reason_macro_f1_" + lang, round(m.macroF1())));
        order.byLanguage().forEach((lang, m) -> json.put("order_exception_macro_f1_" + lang, round(m.macroF1())));
        json.put("reason_unknown_answered_as_a_reason", round(reason.answeredWrongByTruth().getOrDefault("UNKNOWN", 0.0)));
        Map<String, Object> per = new LinkedHashMap<>();
        for (ClassificationEval.Result r : results) {
            per.put(r.name(), Map.of("version", r.version(), "macro_f1", round(r.metrics().macroF1()),
                    "accuracy", round(r.metrics().accuracy()), "ece", round(r.metrics().ece()),
                    "coverage", round(r.metrics().coverage()), "answered_precision", round(r.metrics().answeredPrecision()),
                    "onnx_parity", round(r.parity().agreement()), "onnx_max_difference", r.parity().maxDifference()));
        }
        json.put("classifiers", per);
        return json;
    }

    static void write(Path reports, Map<String, Object> json, List<ClassificationEval.Result> results,
            List<CorpusDocuments.Document> corpus, List<Classification> corpusAnswers, Speed.Result speed,
            long modelHeap, long modelBytes, int items, long seed) throws IOException {
        Files.writeString(reports.resolve("classification.json"),
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(json) + "\n");
        Files.writeString(reports.resolve("classification-reliability.svg"), Charts.reliabilitySvg(results));
        StringBuilder md = new StringBuilder("# Classification evaluation\n\n");
        md.append("`./clearline eval classification` — ").append(items).append(" generated texts per classifier (seed ")
                .append(seed).append(") from the TEST partition of training-data's text generators: phrasings, frames")
                .append(" and layouts that no training run saw (training uses TRAIN, calibration and thresholds CALIBRATION).")
                .append(" Shipped model versions, served by ONNX Runtime.\n\n");
        md.append("| key | value | goal |\n| --- | --- | --- |\n");
        String[][] goals = {{"reason_macro_f1", "≥ 0.92"}, {"doctype_accuracy", "≥ 0.99"},
            {"order_exception_macro_f1", "≥ 0.92"}, {"ece", "≤ 0.03"}, {"coverage_at_99_precision", "≥ 0.80"},
            {"onnx_parity", "1.0"}, {"inproc_p99_ms", "≤ 1"}, {"http_p99_ms", "≤ 10"},
            {"http_throughput_per_s", "≥ 5,000"}, {"model_memory_mb", "≤ 300"}};
        for (String[] g : goals) {
            md.append("| `").append(g[0]).append("` | ").append(json.get(g[0])).append(" | ").append(g[1]).append(" |\n");
        }
        md.append("\n- `ece` is the classifiers' own ECEs (10 bins each) averaged by items; with the bins pooled across")
                .append(" classifiers it would be ").append(json.get("ece_pooled_bins"))
                .append(", lower because one classifier's over-confidence cancels another's under-confidence.\n")
                .append("- `coverage_at_99_precision` pools the three classifiers' items; the thresholds were set")
                .append(" for 99% precision on the calibration split, and the precision they reach on the test")
                .append(" items is `answered_precision` = ").append(json.get("answered_precision")).append(".\n")
                .append("- `doctype_accuracy` pools generated pages and the corpus documents whose type their source states (")
                .append(json.get("corpus_documents_scored")).append(" with readable text): generated ").append(json.get("doctype_accuracy_generated"))
                .append(", corpus ").append(json.get("doctype_accuracy_corpus")).append("; on the corpus ")
                .append(json.get("doctype_corpus_coverage")).append(" are answered (not NEEDS_REVIEW) at precision ")
                .append(json.get("doctype_corpus_answered_precision")).append("; extraction's title-keyword detector on the")
                .append(" same texts ").append(json.get("doctype_corpus_extraction_detector_accuracy")).append(".\n")
                .append(httpNote(json))
                .append("- `inproc_batch_throughput_per_s` = ").append(json.get("inproc_batch_throughput_per_s"))
                .append(" classifications/s through `classifyBatch` in-process (batches of 256, one thread), the ceiling the HTTP batch form can reach per core.\n")
                .append(String.format("- `inproc_p99_ms`: warm single calls of the deduction-reason classifier (featurize + ONNX Runtime + calibration + explanation), %d rounds of %d calls on a 2-core machine shared with other builds; the median round's p99 is reported (p99 per round: %s ms; p50 %.3f ms, mean %.3f ms, CPU %.1f µs per call).%n",
                        speed.rounds().length, speed.calls(), java.util.Arrays.toString(speed.rounds()), speed.p50Ms(),
                        speed.meanMs(), speed.cpuUsPerCall()))
                .append(String.format("- `model_memory_mb`: measured as the growth of the eval process's resident memory (VmRSS) while the three models load (ONNX Runtime's native library and sessions, feature maps, Tribuo-free serving objects), or the retained heap if larger: %s. Java heap retained after GC %.1f MB; model files %.1f MB.%n%n",
                        json.get("model_memory_detail"), modelHeap / 1048576.0, modelBytes / 1048576.0));
        for (ClassificationEval.Result r : results) {
            md.append("## ").append(r.name()).append(" (version ").append(r.version()).append(")\n\n");
            Metrics m = r.metrics();
            md.append(String.format("macro F1 %.4f, accuracy %.4f, ECE %.4f, coverage %.4f at answered precision %.4f;"
                    + " ONNX parity %.4f over %d items (max difference %.2e).%n%n", m.macroF1(), m.accuracy(), m.ece(),
                    m.coverage(), m.answeredPrecision(), r.parity().agreement(), r.parity().items(), r.parity().maxDifference()));
            if (r.byFamilyKind().size() > 1) {
                md.append("| template kind | items | macro F1 | accuracy |\n| --- | --- | --- | --- |\n");
                r.byFamilyKind().forEach((kind, km) -> md.append(String.format("| %s | %d | %.4f | %.4f |%n", kind,
                        km.count(), km.macroF1(), km.accuracy())));
                md.append("\n`reason`: whole hand-written phrasings never used in training; `cue`: a reason's core terms")
                        .append(" (\"short shipment\", \"Skonto\"), known vocabulary that training also uses, in sentence")
                        .append(" patterns it never saw; `term`: further terms (\"haulage\", \"Regalmiete\") training never saw,")
                        .append(" in patterns it never saw. Frames (memo lines cut to bank field lengths, e-mails with greeting,")
                        .append(" signature and quoted reply, short-pay notes) and e-mail parts are unseen in all three.\n\n");
            }
            if (r.byLanguage().size() > 1) {
                md.append("| language | items | macro F1 | accuracy |\n| --- | --- | --- | --- |\n");
                r.byLanguage().forEach((lang, lm) -> md.append(String.format("| %s | %d | %.4f | %.4f |%n", lang,
                        lm.count(), lm.macroF1(), lm.accuracy())));
                md.append('\n');
            }
            md.append(Charts.confusion(m)).append('\n');
            md.append(section(r.modelCard(), "## Model comparison")).append('\n');
            // the table's test figures are the weights alone; a version with a lexicon (ADR 012) says what it adds
            String lexicon = section(r.modelCard(), "## Lexicon");
            if (!lexicon.isEmpty()) {
                md.append(lexicon).append('\n');
            }
        }
        if (json.get("routing") instanceof Map<?, ?> routing) {
            md.append("## Routing (the shipped table in app's application.yaml, ADR 005)\n\n")
                    .append("Where each test-split answer is sent: the queue its true label would go to, triage")
                    .append(" (NEEDS_REVIEW), or another team; label errors that still reach the right team.\n\n")
                    .append("| classifier | right queue | triage | wrong team | answered label errors (in right queue)")
                    .append(" | answered queue precision |\n| --- | --- | --- | --- | --- | --- |\n");
            routing.forEach((name, figures) -> {
                Map<?, ?> f = (Map<?, ?>) figures;
                md.append("| ").append(name).append(" | ").append(f.get("right_queue")).append(" | ")
                        .append(f.get("triage")).append(" | ").append(f.get("wrong_team")).append(" | ")
                        .append(f.get("answered_label_errors")).append(" (").append(f.get("answered_label_errors_in_right_queue"))
                        .append(") | ").append(f.get("answered_queue_precision")).append(" |\n");
            });
            md.append('\n');
        }
        md.append("## Reliability (all classifiers pooled)\n\n![reliability diagram](classification-reliability.svg)\n\n")
                .append(Charts.reliabilityAscii(results)).append('\n');
        md.append("## Corpus documents (first page as extraction reads it, OCR for scans)\n\n")
                .append("The classifier gets the first page's lines as extraction lays them out; `extraction` is extraction's")
                .append(" own title-keyword detector on the same text (both count credit notes as invoices, as EN 16931")
                .append(" does: type code 381 is an invoice-type document).\n\n")
                .append("| file | expected (how known) | predicted | confidence | note | extraction |\n| --- | --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < corpus.size(); i++) {
            CorpusDocuments.Document d = corpus.get(i);
            Classification c = corpusAnswers.get(i);
            md.append("| ").append(d.file().getParent().getFileName()).append('/').append(d.file().getFileName())
                    .append(" | ").append(d.label()).append(" (").append(d.source()).append(") | ").append(d.text().isEmpty() ? "—" : c.predictedLabel())
                    .append(" | ").append(d.text().isEmpty() ? "—" : String.format("%.3f", c.confidence().value()))
                    .append(" | ").append(d.note() == null ? (c.needsReview() ? "needs review" : "") : d.note())
                    .append(" | ").append(d.extractionType()).append(" |\n");
        }
        Files.writeString(reports.resolve("classification.md"), md.toString());
    }

    private static String section(String card, String heading) {
        int start = card.indexOf(heading);
        if (start < 0) {
            return "";
        }
        int end = card.indexOf("\n## ", start + heading.length());
        return "#" + card.substring(start, end < 0 ? card.length() : end).strip() + "\n";
    }

    private static double pooled(List<ClassificationEval.Result> results, java.util.function.ToDoubleFunction<Metrics> f) {
        double sum = 0;
        int n = 0;
        for (ClassificationEval.Result r : results) {
            sum += f.applyAsDouble(r.metrics()) * r.metrics().count();
            n += r.metrics().count();
        }
        return n == 0 ? 0 : sum / n;
    }

    /** ECE over the union of all items in pooled bins (a detail: errors of opposite sign cancel across classifiers). */
    static double pooledEce(List<ClassificationEval.Result> results) {
        double[][] bins = Charts.pooledBins(results);
        double total = 0;
        double ece = 0;
        for (double[] b : bins) {
            total += b[2];
        }
        for (double[] b : bins) {
            if (b[2] > 0) {
                ece += b[2] / total * Math.abs(b[0] - b[1]);
            }
        }
        return ece;
    }

    private static ClassificationEval.Result find(List<ClassificationEval.Result> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** The HTTP figures' conditions, or why they are missing. */
    @SuppressWarnings("unchecked")
    private static String httpNote(Map<String, Object> json) {
        Map<String, Object> http = (Map<String, Object>) json.get("http");
        if (http == null || json.get("http_p99_ms") == null) {
            return "- `http_p99_ms` and `http_throughput_per_s` are null: "
                    + (http == null ? "not measured" : http.get("note")) + ".\n";
        }
        Map<String, Object> closed = (Map<String, Object>) http.get("closed_loop_64");
        Map<String, Object> alone = (Map<String, Object>) http.get("one_client");
        Map<String, Object> aloneListener = (Map<String, Object>) http.get("one_client_listener");
        Map<String, Object> live = (Map<String, Object>) http.get("one_client_liveness");
        Map<String, Object> open = (Map<String, Object>) http.get("open_loop_64_at_" + HttpBenchmark.OPEN_LOOP_RATE + "_per_s");
        StringBuilder note = new StringBuilder(String.format("- `http_p99_ms` measures: the p99 latency of single"
                + " `POST /api/v1/classifications/%s` calls (API key with scope `classify`) from 64 concurrent clients,"
                + " each with one keep-alive HTTP/1.1 connection, sending back to back (closed loop, no think time), to"
                + " the service jar's classification listener port (ADR 006; the main port's answers are byte-identical),"
                + " client and service on the same 2 cores; client: %s; warm-up runs (~40,000 calls"
                + " per port) not counted; the reported run is the median-p99 one of three back-to-back runs (p99 of"
                + " each: %s ms).%n"
                + "  - %s calls at %s req/s, p50 %s, p90 %s, p99 %s, max %s ms. A closed loop's latency is clients / rate"
                + " (Little's law): 64 / %s req/s = %.1f ms on average, so p99 ≤ 10 ms needs roughly ≥ 7,000 req/s on"
                + " these 2 cores, client included.%n"
                + "  - CPU per request under that load: service %s ms (from /proc), load generator %s ms (its JVM's CPU time).%n",
                HttpBenchmark.CLASSIFIER, http.get("client"), http.get("headline_runs_p99_ms"), closed.get("calls"), closed.get("requests_per_s"),
                closed.get("p50_ms"), closed.get("p90_ms"), closed.get("p99_ms"), closed.get("max_ms"),
                closed.get("requests_per_s"), 64_000.0 / ((Number) closed.get("requests_per_s")).doubleValue(),
                http.get("service_cpu_ms_per_request"), http.get("client_cpu_ms_per_request")));
        Map<String, Object> both = (Map<String, Object>) http.get("closed_loop_64_both_ports_both_clients");
        if (both != null && !both.isEmpty()) {
            note.append("  - the same 64 clients against both ports with both kinds of client, one run each right after the"
                    + " headline (the thread-per-client run against the main port is how `http_p99_ms` was measured before"
                    + " the listener):\n\n    | port and client | req/s | p50 ms | p99 ms | max ms | service CPU ms/req | client CPU ms/req |\n"
                    + "    | --- | --- | --- | --- | --- | --- | --- |\n");
            both.forEach((name, value) -> {
                Map<String, Object> r = (Map<String, Object>) value;
                note.append(String.format("    | %s | %s | %s | %s | %s | %s | %s |%n", name, r.get("requests_per_s"),
                        r.get("p50_ms"), r.get("p99_ms"), r.get("max_ms"), r.get("service_cpu_ms_per_request"),
                        r.get("client_cpu_ms_per_request")));
            });
            note.append("\n");
        }
        note.append(String.format("  - one client alone: main port p50 %s, p99 %s ms; listener p50 %s, p99 %s ms; the bare"
                + " liveness endpoint on the main port (no key, no model): p50 %s, p99 %s ms.%n"
                + "  - 64 thread clients at a fixed total rate of %s req/s to the main port (open loop, latency from when"
                + " each request was due): p50 %s, p90 %s, p99 %s, max %s ms.%n"
                + "- `http_throughput_per_s`: %s clients sending the batch form to the %s with %s items per call for 20 s"
                + " (%s items answered). %s.%n",
                alone.get("p50_ms"), alone.get("p99_ms"), aloneListener.get("p50_ms"), aloneListener.get("p99_ms"),
                live.get("p50_ms"), live.get("p99_ms"), HttpBenchmark.OPEN_LOOP_RATE, open.get("p50_ms"),
                open.get("p90_ms"), open.get("p99_ms"), open.get("max_ms"), http.get("batch_clients"),
                http.get("batch_port"), http.get("batch_size"), http.get("batch_items"), http.get("note")));
        return note.toString();
    }
}
