package io.clearline.eval.classification;

import io.clearline.trainingdata.text.LabelledText;
import io.clearline.trainingdata.text.Partition;
import io.clearline.trainingdata.text.TextSets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP benchmark alone, for comparing service settings without the whole classification eval:
 * {@code HttpBenchmarkRun REPO_ROOT [--http-calls N] [ENV=VALUE ...]} starts the service jar with the given
 * environment (e.g. {@code CLEARLINE_CLASSIFICATIONAPI_FASTPATH=false}), runs the same
 * {@link HttpBenchmark} (same warm-up, closed and open loops, floors; a shorter batch run) and prints its
 * JSON. Nothing is written to eval/reports.
 */
public final class HttpBenchmarkRun {

    private HttpBenchmarkRun() {
    }

    public static void main(String[] args) {
        Path repoRoot = Path.of(args.length > 0 ? args[0] : ".");
        int calls = 200;
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--http-calls")) {
                calls = Integer.parseInt(args[++i]);
            } else if (args[i].contains("=")) {
                settings.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
            }
        }
        // the eval's texts (default seed 424242 + 3, the test partition)
        List<String> texts = TextSets.generate(TextSets.DEDUCTION_REASON, 424242 + 3, 2000, Partition.TEST).stream()
                .map(LabelledText::text).toList();
        HttpBenchmark.Result result = HttpBenchmark.measure(repoRoot, texts, calls, 500, 4, Duration.ofSeconds(5), settings);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("settings", settings);
        result.into(json);
        System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }
}
