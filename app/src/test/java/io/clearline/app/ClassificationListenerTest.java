package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.app.classification.ClassificationListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The classification listener (ADR 006): on its own port it answers an API key's classification call with
 * the very bytes of body and headers the main port gives, and relays everything else to the main port, so
 * every bad input gets the same problem on both ports; keep-alive and pipelined requests are answered in
 * order, and the service goes on answering on both ports.
 */
class ClassificationListenerTest extends ServiceTest {

    private static final String DEDUCTIONS = "/api/v1/classifications/deduction-reason";
    private static final String JSON = "application/json";
    private static final String MEMO = "{\"text\": \"INV 4711 short paid 120.00 - goods arrived damaged\","
            + " \"context\": {\"customer_id\": \"C-1001\"}}";
    private static final String BATCH = "{\"items\": [{\"text\": \"unit price 12.40 invoiced, contract 11.90\"},"
            + " {\"text\": \"3 cases missing on delivery\"}]}";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static String key;

    @Autowired
    ClassificationListener listener;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void key() {
        if (key == null) {
            key = apiKey("classify");
            // the key's first call looks it up (main port) and caches it; the listener then answers it
            assertThat(RawHttp.exchange(port, RawHttp.post(DEDUCTIONS, JSON, MEMO, key)).status()).isEqualTo(200);
        }
    }

    @Test
    void aClassificationGetsTheSameBodyAndHeadersOnTheListenerAsOnTheMainPort() {
        assertThat(listener.port()).isPositive().isNotEqualTo(port);
        for (String[] call : List.of(new String[] {DEDUCTIONS, MEMO, "single"}, new String[] {DEDUCTIONS + "/batch", BATCH, "batch"})) {
            byte[] request = RawHttp.post(call[0], JSON, call[1], key);
            RawHttp.Response main = RawHttp.exchange(port, request);
            RawHttp.Response answered = listenerAnswers(call[2], () -> RawHttp.exchange(listener.port(), request));
            assertThat(answered.status()).as(answered.text()).isEqualTo(200);
            assertThat(answered.text()).isEqualTo(main.text());
            assertThat(answered.comparableHeaders()).isEqualTo(main.comparableHeaders());
            assertThat(answered.headers()).containsKeys("date", "cache-control", "x-content-type-options",
                    "x-frame-options", "content-type", "content-length");
        }
        JsonNode answer = json(RawHttp.exchange(listener.port(), RawHttp.post(DEDUCTIONS, JSON, MEMO, key)).body());
        assertThat(answer.get("predicted_label").asString()).isEqualTo("DAMAGED");
        assertThat(answer.get("model").get("version").asString()).isNotBlank();
    }

    @Test
    void everyBadInputGetsTheMainPortsProblem() {
        String documentsOnly = apiKey("documents:read");
        StringBuilder hundredThousand = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 100_000; i++) {
            hundredThousand.append(i == 0 ? "" : ",").append("{\"text\":\"x\"}");
        }
        byte[] invalidUtf8 = RawHttp.concat("{\"text\": \"caf".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xE9, ' ', (byte) 0xFF, 'x', '"', '}'});
        List<Object[]> cases = List.of(
                new Object[] {"empty text", RawHttp.post(DEDUCTIONS, JSON, "{\"text\": \"\"}", key), 422, "invalid-classification-request", "refused-body"},
                new Object[] {"10 MB text", RawHttp.post(DEDUCTIONS, JSON, "{\"text\": \"" + "damaged ".repeat(1_310_720) + "\"}", key), 413, "classification-request-too-large", "length"},
                new Object[] {"100,000 items", RawHttp.post(DEDUCTIONS + "/batch", JSON, hundredThousand.append("]}").toString(), key), 422, "invalid-classification-request", "refused-body"},
                new Object[] {"unknown classifier", RawHttp.post("/api/v1/classifications/no-such-model", JSON, MEMO, key), 404, "unknown-classifier", "not-a-classification"},
                new Object[] {"wrong content type", RawHttp.post(DEDUCTIONS, "text/plain", "short paid", key), 415, "unsupported-request-type", "content-type"},
                new Object[] {"invalid UTF-8", RawHttp.post(DEDUCTIONS, JSON, invalidUtf8, key), 400, "malformed-request", "refused-body"},
                new Object[] {"unreadable JSON", RawHttp.post(DEDUCTIONS, JSON, "{\"text\": ", key), 400, "malformed-request", "refused-body"},
                new Object[] {"missing key", RawHttp.post(DEDUCTIONS, JSON, MEMO, null), 401, "authentication-required", "no-key"},
                new Object[] {"unknown key", RawHttp.post(DEDUCTIONS, JSON, MEMO, "clk_" + "C".repeat(43)), 401, "invalid-api-key", "key-not-cached"},
                new Object[] {"wrongly scoped key", RawHttp.post(DEDUCTIONS, JSON, MEMO, documentsOnly), 403, "access-denied", "scope"});
        for (Object[] c : cases) {
            byte[] request = (byte[]) c[1];
            RawHttp.Response main = RawHttp.exchange(port, request);
            RawHttp.Response relayed = relayed((String) c[4], () -> RawHttp.exchange(listener.port(), request));
            assertThat(main.status()).as(c[0] + ": " + main.text()).isEqualTo(c[2]);
            assertThat(main.headers().get("content-type")).as((String) c[0]).startsWith("application/problem+json");
            assertThat(json(main.body()).get("type").asString()).isEqualTo("https://clearline.io/problems/" + c[3]);
            assertThat(relayed.status()).as((String) c[0]).isEqualTo(main.status());
            assertThat(relayed.text()).as((String) c[0]).isEqualTo(main.text());
            assertThat(relayed.comparableHeaders()).as((String) c[0]).isEqualTo(main.comparableHeaders());
        }
        // the same key was refused nothing and the service answers on both ports
        assertThat(listenerAnswers("single", () -> RawHttp.exchange(listener.port(), RawHttp.post(DEDUCTIONS, JSON, MEMO, key)))
                .status()).isEqualTo(200);
        assertThat(RawHttp.exchange(port, RawHttp.post(DEDUCTIONS, JSON, MEMO, key)).status()).isEqualTo(200);
    }

    @Test
    void requestsOnOneKeptAliveConnectionArePipelinedAndAnsweredInOrder() {
        // answered, relayed (422), answered (batch), relayed GETs of other paths, answered
        byte[][] requests = {RawHttp.post(DEDUCTIONS, JSON, MEMO, key), RawHttp.post(DEDUCTIONS, JSON, "{\"text\": \" \"}", key),
            RawHttp.post(DEDUCTIONS + "/batch", JSON, BATCH, key), RawHttp.get("/actuator/health/liveness", null),
            RawHttp.get("/api/v1/classifications", key), RawHttp.get("/v3/api-docs", null),
            RawHttp.post(DEDUCTIONS, JSON, MEMO, key)};
        List<RawHttp.Response> alone = new ArrayList<>();
        for (byte[] request : requests) {
            alone.add(RawHttp.exchange(port, request));
        }
        try (RawHttp connection = new RawHttp(listener.port())) {
            connection.write(requests); // all at once, before any answer is read
            for (int i = 0; i < requests.length; i++) {
                RawHttp.Response response = connection.read();
                assertThat(response.status()).as("answer " + i).isEqualTo(alone.get(i).status());
                assertThat(response.text()).as("answer " + i).isEqualTo(alone.get(i).text());
            }
            assertThat(alone.stream().map(RawHttp.Response::status)).containsExactly(200, 422, 200, 200, 200, 200, 200);
            assertThat(alone.get(5).body().length).as("the API description, ~30 KB").isGreaterThan(16 * 1024);
            // and the connection stays open for more, one at a time
            for (int i = 0; i < 3; i++) {
                connection.write(RawHttp.post(DEDUCTIONS, JSON, MEMO, key));
                assertThat(connection.read().text()).isEqualTo(alone.get(0).text());
            }
        }
    }

    @Test
    void aLargeBatchIsClassifiedOffTheEventLoopAndCallsOnTheSameAndOtherConnectionsAreAnsweredRightAndInOrder() {
        StringBuilder items = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 1_000; i++) {
            items.append(i == 0 ? "" : ",").append("{\"text\": \"INV ").append(4000 + i)
                    .append(i % 2 == 0 ? " short paid 120.00, goods arrived damaged\"}" : " unit price 12.40 invoiced, contract 11.90\"}");
        }
        byte[] large = RawHttp.post(DEDUCTIONS + "/batch", JSON, items.append("]}").toString(), key);
        byte[] single = RawHttp.post(DEDUCTIONS, JSON, MEMO, key);
        byte[] small = RawHttp.post(DEDUCTIONS + "/batch", JSON, BATCH, key);
        RawHttp.Response largeOnMain = RawHttp.exchange(port, large);
        RawHttp.Response singleOnMain = RawHttp.exchange(port, single);
        RawHttp.Response smallOnMain = RawHttp.exchange(port, small);
        assertThat(largeOnMain.status()).as(largeOnMain.text()).isEqualTo(200);
        assertThat(json(largeOnMain.body()).get("results").size()).isEqualTo(1_000);

        // alone: the same body and headers as the main port's, answered on the listener by its batch pool
        double pooled = toBatchPool();
        RawHttp.Response alone = listenerAnswers("batch", () -> RawHttp.exchange(listener.port(), large));
        assertThat(toBatchPool()).as("left to the batch pool").isEqualTo(pooled + 1);
        assertThat(alone.text()).isEqualTo(largeOnMain.text());
        assertThat(alone.comparableHeaders()).isEqualTo(largeOnMain.comparableHeaders());

        // pipelined behind and before single calls and a small (inline) batch on one connection, while two more
        // connections (with two event loops, one of them shares the first one's loop) ask at the same time
        long batches = answered("batch");
        long singles = answered("single");
        byte[][] first = {large, single, small, large, single};
        RawHttp.Response[] firstExpected = {largeOnMain, singleOnMain, smallOnMain, largeOnMain, singleOnMain};
        byte[][] other = {single, small, single};
        RawHttp.Response[] otherExpected = {singleOnMain, smallOnMain, singleOnMain};
        try (RawHttp a = new RawHttp(listener.port()); RawHttp b = new RawHttp(listener.port());
                RawHttp c = new RawHttp(listener.port())) {
            a.write(first);
            b.write(other);
            c.write(other);
            for (RawHttp connection : List.of(b, c)) {
                for (int i = 0; i < other.length; i++) {
                    RawHttp.Response response = connection.read();
                    assertThat(response.status()).as("other connection, answer " + i).isEqualTo(200);
                    assertThat(response.text()).as("other connection, answer " + i).isEqualTo(otherExpected[i].text());
                }
            }
            for (int i = 0; i < first.length; i++) {
                RawHttp.Response response = a.read();
                assertThat(response.status()).as("answer " + i).isEqualTo(200);
                assertThat(response.text()).as("answer " + i).isEqualTo(firstExpected[i].text());
                assertThat(response.comparableHeaders()).as("answer " + i).isEqualTo(firstExpected[i].comparableHeaders());
            }
            // and the connection goes on answering
            a.write(single);
            assertThat(a.read().text()).isEqualTo(singleOnMain.text());
        }
        assertThat(toBatchPool()).isEqualTo(pooled + 3);
        assertThat(answered("batch")).as("all answered on the listener").isEqualTo(batches + 2 + 1 + 2);
        assertThat(answered("single")).isEqualTo(singles + 2 + 2 + 2 + 1);
    }

    @Test
    void whenTheBatchPoolIsFullTheMainPortAnswersAndNothingIsLost() {
        StringBuilder items = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 1_000; i++) {
            items.append(i == 0 ? "" : ",").append("{\"text\": \"INV ").append(7000 + i)
                    .append(i % 3 == 0 ? " freight charged twice\"}" : " promo allowance deducted per deal sheet\"}");
        }
        byte[] large = RawHttp.post(DEDUCTIONS + "/batch", JSON, items.append("]}").toString(), key);
        RawHttp.Response onMain = RawHttp.exchange(port, large);
        assertThat(onMain.status()).as(onMain.text()).isEqualTo(200);
        // 48 large batches at once: the pool (2 threads, a queue of 16) takes ~40 ms per batch while the event
        // loops hand one over every ~2 ms, so the queue fills and the rest go to the main port
        double full = relayedCount("batch-pool-full");
        long batches = answered("batch");
        List<RawHttp> connections = new java.util.ArrayList<>();
        try {
            for (int c = 0; c < 24; c++) {
                RawHttp connection = new RawHttp(listener.port());
                connections.add(connection);
                connection.write(large, large);
            }
            for (RawHttp connection : connections) {
                for (int i = 0; i < 2; i++) {
                    RawHttp.Response response = connection.read();
                    assertThat(response.status()).isEqualTo(200);
                    assertThat(response.text()).isEqualTo(onMain.text());
                    assertThat(response.comparableHeaders()).isEqualTo(onMain.comparableHeaders());
                }
            }
        } finally {
            connections.forEach(RawHttp::close);
        }
        double relayedWhenFull = relayedCount("batch-pool-full") - full;
        assertThat(relayedWhenFull).as("relayed because the batch pool was full").isPositive();
        assertThat(answered("batch") - batches + relayedWhenFull).as("every batch answered once").isEqualTo(48);
        // and the listener still answers a batch itself afterwards
        assertThat(listenerAnswers("batch", () -> RawHttp.exchange(listener.port(), large)).text()).isEqualTo(onMain.text());
    }

    @Test
    void aNewKeyIsLookedUpThroughTheMainPortOnceAndARevokedOneIsRefusedAtOnce() {
        Http admin = loggedIn("admin", ADMIN_PASSWORD);
        JsonNode created = Http.json(admin.send(admin.request("/api/v1/api-keys")
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", admin.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(Http.toJson(
                        Map.of("name", "listener-" + UUID.randomUUID(), "scopes", List.of("classify")))))));
        String secret = created.get("key").asString();
        byte[] call = RawHttp.post(DEDUCTIONS, JSON, MEMO, secret);
        // never seen: no database query on the event loop, the main port answers it (and caches the key)
        RawHttp.Response first = relayed("key-not-cached", () -> RawHttp.exchange(listener.port(), call));
        RawHttp.Response second = listenerAnswers("single", () -> RawHttp.exchange(listener.port(), call));
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(admin.send(admin.request("/api/v1/api-keys/" + created.get("id").asString())
                .header("X-CSRF-TOKEN", admin.csrfToken()).DELETE()).statusCode()).isEqualTo(204);
        RawHttp.Response revoked = relayed("key-not-cached", () -> RawHttp.exchange(listener.port(), call));
        assertProblem(revoked.status(), revoked, 401, "invalid-api-key");
    }

    @Test
    void anExpectContinueUploadAndAChunkedBodyAreAnsweredLikeOnTheMainPort() {
        byte[] body = MEMO.getBytes(StandardCharsets.UTF_8);
        RawHttp.Response expected = RawHttp.exchange(port, RawHttp.post(DEDUCTIONS, JSON, MEMO, key));
        try (RawHttp connection = new RawHttp(listener.port())) {
            connection.write(("POST " + DEDUCTIONS + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + key
                    + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(connection.read().status()).isEqualTo(100);
            connection.write(body);
            assertThat(connection.read().text()).isEqualTo(expected.text());
            // chunked: no length announced, so it goes the main port's way, and comes back the same
            String half = MEMO.substring(0, 20);
            String rest = MEMO.substring(20);
            connection.write(("POST " + DEDUCTIONS + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + key
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(half.length()) + "\r\n" + half + "\r\n"
                    + Integer.toHexString(rest.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + rest + "\r\n0\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            RawHttp.Response chunked = connection.read();
            assertThat(chunked.status()).isEqualTo(200);
            assertThat(chunked.text()).isEqualTo(expected.text());
        }
    }

    private static JsonNode json(byte[] body) {
        return MAPPER.readTree(body);
    }

    private static void assertProblem(int status, RawHttp.Response response, int expected, String slug) {
        assertThat(status).as(response.text()).isEqualTo(expected);
        assertThat(json(response.body()).get("type").asString()).isEqualTo("https://clearline.io/problems/" + slug);
    }

    private RawHttp.Response listenerAnswers(String form, Supplier<RawHttp.Response> call) {
        long before = answered(form);
        RawHttp.Response response = call.get();
        assertThat(answered(form)).as("answered on the listener").isEqualTo(before + 1);
        return response;
    }

    private RawHttp.Response relayed(String reason, Supplier<RawHttp.Response> call) {
        long single = answered("single");
        long batch = answered("batch");
        double before = relayedCount(reason);
        RawHttp.Response response = call.get();
        assertThat(relayedCount(reason)).as("relayed for " + reason).isEqualTo(before + 1);
        assertThat(answered("single") + answered("batch")).as("not answered on the listener").isEqualTo(single + batch);
        return response;
    }

    private long answered(String form) {
        return meters.find("clearline.classification.listener").tag("form", form).timers().stream().mapToLong(Timer::count).sum();
    }

    private double toBatchPool() {
        return meters.find("clearline.classification.listener.batch-pool").counter().count();
    }

    private double relayedCount(String reason) {
        Counter counter = meters.find("clearline.classification.listener.relayed").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
