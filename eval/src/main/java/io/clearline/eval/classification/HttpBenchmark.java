package io.clearline.eval.classification;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code http_p99_ms} and {@code http_throughput_per_s}: the service jar started as a child process,
 * driven over loopback with an API key of scope {@code classify}. Latency: 64 platform threads (Java 17
 * has no virtual threads), each sending single classifications back to back; the p99 of all calls
 * after a warm-up. Throughput: a few clients sending the batch form; items answered per second.
 */
final class HttpBenchmark {

    static final int CLIENTS = 64;
    static final String CLASSIFIER = "deduction-reason";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What was measured, or why nothing was. */
    record Result(Double p99Ms, Double p50Ms, int calls, Double throughputPerS, int batchSize, int batchClients,
            long batchItems, Double oneClientP99Ms, Double oneClientLivenessP99Ms, String note) {

        static Result skipped(String why) {
            return new Result(null, null, 0, null, 0, 0, 0, null, null, why);
        }

        void into(Map<String, Object> json) {
            json.put("http_p99_ms", p99Ms == null ? null : round(p99Ms));
            json.put("http_throughput_per_s", throughputPerS == null ? null : Math.round(throughputPerS));
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("p50_ms", p50Ms == null ? null : round(p50Ms));
            detail.put("single_calls", calls);
            detail.put("one_client_p99_ms", oneClientP99Ms == null ? null : round(oneClientP99Ms));
            detail.put("one_client_liveness_p99_ms", oneClientLivenessP99Ms == null ? null : round(oneClientLivenessP99Ms));
            detail.put("concurrent_clients", CLIENTS);
            detail.put("batch_size", batchSize);
            detail.put("batch_clients", batchClients);
            detail.put("batch_items", batchItems);
            detail.put("note", note);
            json.put("http", detail);
        }
    }

    private HttpBenchmark() {
    }

    /** Runs the benchmark against {@code app/target/clearline-app.jar}, or says why it cannot. */
    static Result measure(Path repoRoot, List<String> texts, int callsPerClient, int batchSize, int batchClients,
            Duration batchDuration) {
        Path jar = repoRoot.resolve("app/target/clearline-app.jar");
        if (!Files.isRegularFile(jar)) {
            return Result.skipped("no service jar at app/target/clearline-app.jar: build it (./mvnw -DskipTests package) and rerun");
        }
        try (ServiceProcess service = ServiceProcess.start(jar, Duration.ofMinutes(4))) {
            String key = service.apiKey("http-benchmark", List.of("classify"));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(8)).build();
            URI single = URI.create(service.base + "/api/v1/classifications/" + CLASSIFIER);
            URI batch = URI.create(single + "/batch");
            List<byte[]> bodies = texts.stream().map(t -> JSON.writeValueAsBytes(Map.of("text", t))).toList();
            // warm-up: both paths, until the JIT has seen them (not measured)
            latencies(client, single, key, bodies, CLIENTS, Math.max(20, callsPerClient / 2));
            throughput(client, batch, key, texts, batchSize, batchClients, Duration.ofSeconds(5));
            double[] ms = latencies(client, single, key, bodies, CLIENTS, callsPerClient);
            Arrays.sort(ms);
            // the cost of one call without queueing: with 64 closed-loop clients latency ≈ 64 / throughput
            double[] alone = latencies(client, single, key, bodies, 1, 10 * callsPerClient);
            Arrays.sort(alone);
            // the machine's floor: the cheapest request the service answers (no key, no database, no model)
            double[] floor = probe(client, URI.create(service.base + "/actuator/health/liveness"), 10 * callsPerClient);
            long[] items = throughput(client, batch, key, texts, batchSize, batchClients, batchDuration);
            double perSecond = items[0] / (items[1] / 1e9);
            return new Result(percentile(ms, 0.99), percentile(ms, 0.50), ms.length, perSecond, batchSize, batchClients,
                    items[0], percentile(alone, 0.99), percentile(floor, 0.99), String.format("loopback, client and service on the same machine; load average %.2f when measured",
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        } catch (IOException | RuntimeException e) {
            return Result.skipped("the HTTP benchmark failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.skipped("interrupted");
        }
    }

    /** {@code clients} threads, each sending {@code perClient} single classifications back to back. */
    private static double[] latencies(HttpClient client, URI uri, String key, List<byte[]> bodies, int clients,
            int perClient) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<double[]>> runs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * perClient;
                runs.add(pool.submit(() -> {
                    double[] ms = new double[perClient];
                    for (int i = 0; i < perClient; i++) {
                        HttpRequest request = post(uri, key, bodies.get((offset + i) % bodies.size()));
                        long start = System.nanoTime();
                        expectOk(client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
                        ms[i] = (System.nanoTime() - start) / 1e6;
                    }
                    return ms;
                }));
            }
            double[] all = new double[clients * perClient];
            for (int c = 0; c < clients; c++) {
                System.arraycopy(get(runs.get(c)), 0, all, c * perClient, perClient);
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client's sorted latencies of {@code calls} GETs. */
    private static double[] probe(HttpClient client, URI uri, int calls) throws InterruptedException {
        double[] ms = new double[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            try {
                expectOk(client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** Batches sent by {@code clients} threads for {@code duration}: {items answered, nanoseconds}. */
    private static long[] throughput(HttpClient client, URI uri, String key, List<String> texts, int batchSize,
            int clients, Duration duration) throws InterruptedException {
        List<byte[]> batches = new ArrayList<>();
        for (int from = 0; from + batchSize <= texts.size(); from += batchSize) {
            batches.add(JSON.writeValueAsBytes(Map.of("items", texts.subList(from, from + batchSize).stream()
                    .map(t -> Map.of("text", t)).toList())));
        }
        AtomicLong items = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                runs.add(pool.submit(() -> {
                    for (int i = first; System.nanoTime() < end; i++) {
                        byte[] body = expectOk(client.send(post(uri, key, batches.get(i % batches.size())),
                                HttpResponse.BodyHandlers.ofByteArray()));
                        items.addAndGet(JSON.readTree(body).get("results").size());
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                get(run);
            }
            return new long[] {items.get(), System.nanoTime() - start};
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpRequest post(URI uri, String key, byte[] body) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static byte[] expectOk(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private static <T> T get(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a benchmark client failed: " + e.getCause(), e.getCause());
        }
    }

    static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
