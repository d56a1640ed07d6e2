package io.clearline.eval.classification;

import io.clearline.trainingdata.text.LabelledText;
import io.clearline.trainingdata.text.Partition;
import io.clearline.trainingdata.text.TextSets;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares service settings on a shared, busy machine: starts one service per setting, then runs the
 * benchmark's 64-client closed loop against them in turn, round after round, so every setting sees the
 * same background load (a whole benchmark per setting, minutes apart, would not). Each round measures both
 * ports (the classification listener and the main port) with both clients (a thread per client, and the
 * selector-driven {@link SelectorLoad}), with the service's and the client's CPU per request. Not a figure
 * for the report: {@code HttpComparison REPO_ROOT ROUNDS CALLS_PER_CLIENT NAME:ENV=V,ENV=V ...} prints each
 * round (no NAME: one service with the default settings).
 */
public final class HttpComparison {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path repoRoot = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int calls = Integer.parseInt(args[2]);
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        if (args.length == 3) {
            settings.put("default", Map.of());
        }
        for (int i = 3; i < args.length; i++) {
            String[] nameAndEnv = args[i].split(":", 2);
            Map<String, String> env = new LinkedHashMap<>();
            for (String pair : nameAndEnv.length > 1 && !nameAndEnv[1].isEmpty() ? nameAndEnv[1].split(",") : new String[0]) {
                env.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            settings.put(nameAndEnv[0], env);
        }
        List<String> texts = TextSets.generate(TextSets.DEDUCTION_REASON, 424242 + 3, 2000, Partition.TEST).stream()
                .map(LabelledText::text).toList();
        Path jar = repoRoot.resolve("app/target/clearline-app.jar");
        List<ServiceProcess> services = new ArrayList<>();
        List<List<byte[]>> requests = new ArrayList<>();
        try {
            // started side by side: on a busy machine each start takes minutes
            List<java.util.concurrent.CompletableFuture<ServiceProcess>> starting = settings.values().stream()
                    .map(env -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        try {
                            return ServiceProcess.start(jar, Duration.ofMinutes(15), env);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })).toList();
            for (var start : starting) {
                services.add(start.join());
            }
            for (ServiceProcess service : services) {
                String key = service.apiKey("http-comparison", List.of("classify"));
                requests.add(texts.stream().map(t -> LoopbackClient.post("/api/v1/classifications/"
                        + HttpBenchmark.CLASSIFIER, key, JSON.writeValueAsBytes(Map.of("text", t)))).toList());
            }
            List<String> names = new ArrayList<>(settings.keySet());
            for (int s = 0; s < services.size(); s++) { // warm-up, not counted: both ports, both clients
                for (LoadRun.Client client : LoadRun.Client.values()) {
                    for (boolean listener : ports(services.get(s))) {
                        LoadRun.of(services.get(s), listener, client, requests.get(s), HttpBenchmark.CLIENTS, 2 * calls);
                    }
                }
            }
            for (int round = 1; round <= rounds; round++) {
                for (int s = 0; s < services.size(); s++) {
                    // the two ports with the two clients, interleaved: every combination sees the same background load
                    for (LoadRun.Client client : LoadRun.Client.values()) {
                        for (boolean listener : ports(services.get(s))) {
                            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                            LoadRun run = LoadRun.of(services.get(s), listener, client, requests.get(s),
                                    HttpBenchmark.CLIENTS, calls);
                            System.out.printf("round %d %-16s load %5.1f  %s%n", round, names.get(s), load, run.line());
                        }
                    }
                }
            }
        } finally {
            services.forEach(ServiceProcess::close);
        }
    }

    private static boolean[] ports(ServiceProcess service) {
        return service.listenerPort > 0 ? new boolean[] {true, false} : new boolean[] {false};
    }
}
