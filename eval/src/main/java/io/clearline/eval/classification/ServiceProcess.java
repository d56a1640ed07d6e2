package io.clearline.eval.classification;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service jar as a child process on a free loopback port with its own temporary data directory
 * (embedded PostgreSQL) and admin password; {@link #close()} stops it (SIGTERM, then kill) and
 * deletes the data. {@link #apiKey} does what an admin does in a browser: form login with the page's
 * CSRF token, then {@code POST /api/v1/api-keys} with the session's token.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String LISTENER_PORT = "CLEARLINE_CLASSIFICATIONAPI_LISTENER_PORT";
    static final String LISTENER_ENABLED = "CLEARLINE_CLASSIFICATIONAPI_LISTENER_ENABLED";

    private final Process process;
    /**
     * How the benchmark starts the service's JVM (ADR 006): the parallel collector with a fixed 1 GB heap. With G1,
     * the default on 2 cores, young pauses of 3–26 ms every ~150 ms at ~17,000 calls/s set the p99; the parallel
     * collector's young pauses were 1–4 ms every ~0.5 s on the same load (G1 with a fixed heap: fewer, longer pauses).
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseParallelGC", "-Xms1g", "-Xmx1g");

    private final Path dataDir;
    private final String adminPassword = "bench-" + UUID.randomUUID();
    final String base;
    /** The classification listener's port (ADR 006), or -1 when the settings turn it off. */
    final int listenerPort;

    private ServiceProcess(Path jar, int port, Path dataDir, Map<String, String> settings) throws IOException {
        this.dataDir = dataDir;
        this.base = "http://127.0.0.1:" + port;
        this.listenerPort = "false".equals(settings.get(LISTENER_ENABLED)) ? -1
                : settings.containsKey(LISTENER_PORT) ? Integer.parseInt(settings.get(LISTENER_PORT)) : freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("SERVER_PORT", Integer.toString(port));
        pb.environment().put("CLEARLINE_DATA_DIR", dataDir.toString());
        pb.environment().put("CLEARLINE_ADMIN_PASSWORD", adminPassword);
        pb.environment().put("CLEARLINE_SECURITY_DEMO_USERS", "false");
        pb.environment().put(LISTENER_PORT, Integer.toString(Math.max(listenerPort, 0)));
        pb.environment().putAll(settings);
        pb.redirectErrorStream(true).redirectOutput(dataDir.resolve("service.log").toFile());
        this.process = pb.start();
    }

    static ServiceProcess start(Path jar, Duration startTimeout) throws IOException, InterruptedException {
        return start(jar, startTimeout, Map.of());
    }

    /** As {@link #start(Path, Duration)}, with extra environment for the service (e.g. settings to compare). */
    static ServiceProcess start(Path jar, Duration startTimeout, Map<String, String> settings)
            throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("clearline-http-bench");
        ServiceProcess service = new ServiceProcess(jar, freePort(), dataDir, settings);
        try {
            service.awaitHealthy(startTimeout);
            return service;
        } catch (IOException | InterruptedException | RuntimeException e) {
            service.close();
            throw e;
        }
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the service exited with " + process.exitValue() + "; see " + dataDir.resolve("service.log"));
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException("the service did not become healthy within " + timeout);
    }

    /** Creates an API key with the given scopes as the admin; returns its secret. */
    String apiKey(String name, List<String> scopes) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF_INPUT.matcher(page);
        if (!csrf.find()) {
            throw new IOException("no CSRF token on the login page");
        }
        String form = "username=admin&password=" + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IOException("admin login failed: " + login.statusCode());
        }
        String token = JSON.readTree(browser.send(get("/api/v1/me"), HttpResponse.BodyHandlers.ofString()).body())
                .get("csrf").get("token").asString();
        HttpResponse<String> created = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/api-keys"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", name, "scopes", scopes))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IOException("API key creation failed: " + created.statusCode() + " " + created.body());
        }
        return JSON.readTree(created.body()).get("key").asString();
    }

    int mainPort() {
        return URI.create(base).getPort();
    }

    /** CPU time the service JVM has used so far (user + system, from /proc), or -1 where /proc is missing. */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // fields after the command name (which may hold spaces) start after the last ')'
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // clock ticks of 10 ms (USER_HZ 100)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET().build();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans it eventually
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
