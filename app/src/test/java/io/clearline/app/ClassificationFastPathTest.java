package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The classification fast path (ADR 004): an API-key call is answered ahead of Spring Security and MVC
 * with the very same body and headers an ANALYST session gets through MVC; every other call passes to the
 * normal chain and gets the same problem as before.
 */
class ClassificationFastPathTest extends ServiceTest {

    private static final String DEDUCTIONS = "/api/v1/classifications/deduction-reason";
    private static final String MEMO = "{\"text\": \"INV 4711 short paid 120.00 - goods arrived damaged\","
            + " \"context\": {\"customer_id\": \"C-1001\"}}";
    private static final String BATCH = "{\"items\": [{\"text\": \"unit price 12.40 invoiced, contract 11.90\"},"
            + " {\"text\": \"3 cases missing on delivery\"}]}";
    // headers that differ by nature between two responses (time, connection handling, the session's cookie)
    private static final Set<String> PER_RESPONSE = Set.of("date", "connection", "keep-alive", "set-cookie");
    private static String key;

    @Autowired
    MeterRegistry meters;

    private Http client;

    @BeforeEach
    void client() {
        if (key == null) {
            key = apiKey("classify");
        }
        client = browser();
    }

    @Test
    void aKeyGetsTheSameBodyAndHeadersOnTheFastPathAsAnAnalystThroughMvc() {
        Http analyst = loggedIn("analyst", "analyst-demo");
        for (String[] call : List.of(new String[] {DEDUCTIONS, MEMO, "single"},
                new String[] {DEDUCTIONS + "/batch", BATCH, "batch"})) {
            HttpResponse<byte[]> fast = fastPathServes(call[2], () -> post(call[0], "application/json", call[1], key));
            HttpResponse<byte[]> mvc = fastPathLeaves(call[2], () -> analyst.send(analyst.request(call[0])
                    .header("Content-Type", "application/json").header("X-CSRF-TOKEN", analyst.csrfToken())
                    .POST(HttpRequest.BodyPublishers.ofString(call[1]))));
            assertThat(fast.statusCode()).as(Http.text(fast)).isEqualTo(200);
            assertThat(mvc.statusCode()).as(Http.text(mvc)).isEqualTo(200);
            assertThat(Http.text(fast)).isEqualTo(Http.text(mvc));
            assertThat(headers(fast)).isEqualTo(headers(mvc));
            assertThat(headers(fast)).containsKeys("cache-control", "x-content-type-options", "x-frame-options",
                    "content-type", "content-length");
        }
        JsonNode answer = Http.json(post(DEDUCTIONS, "application/json", MEMO, key));
        assertThat(answer.get("predicted_label").asString()).isEqualTo("DAMAGED");
        assertThat(answer.get("model").get("version").asString()).isNotBlank();
    }

    @Test
    void everyOtherCallPassesToTheNormalChainAndGetsTheSameProblemAsBefore() {
        String documentsOnly = apiKey("documents:read");
        assertProblem(passedOn("no-key", () -> post(DEDUCTIONS, "application/json", MEMO, null)), 401,
                "authentication-required");
        assertProblem(passedOn("unknown-key", () -> post(DEDUCTIONS, "application/json", MEMO, "clk_" + "C".repeat(43))),
                401, "invalid-api-key");
        assertProblem(passedOn("scope", () -> post(DEDUCTIONS, "application/json", MEMO, documentsOnly)), 403,
                "access-denied");
        assertProblem(passedOn("content-type", () -> post(DEDUCTIONS, "text/plain", "short paid", key)), 415,
                "unsupported-request-type");
        assertProblem(passedOn("refused-body", () -> post(DEDUCTIONS, "application/json", "{\"text\": ", key)), 400,
                "malformed-request");
        assertProblem(passedOn("refused-body", () -> post(DEDUCTIONS, "application/json", "null", key)), 400,
                "malformed-request");
        assertProblem(passedOn("refused-body", () -> post(DEDUCTIONS, "application/json", "{\"text\": \" \"}", key)), 422,
                "invalid-classification-request");
        JsonNode tooLong = assertProblem(passedOn("refused-body", () -> post(DEDUCTIONS, "application/json",
                "{\"text\": \"" + "damaged ".repeat(12_501) + "\"}", key)), 422, "invalid-classification-request");
        assertThat(tooLong.get("detail").asString()).contains("100000");
        JsonNode blankItem = assertProblem(passedOn("refused-body", () -> post(DEDUCTIONS + "/batch", "application/json",
                "{\"items\": [{\"text\": \"short paid\"}, {\"text\": \"\"}]}", key)), 422, "invalid-classification-request");
        assertThat(blankItem.get("detail").asString()).contains("items[1]");
        assertProblem(passedOn("length", () -> post(DEDUCTIONS, "application/json",
                "{\"text\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}", key)), 413, "classification-request-too-large");
        // an unknown classifier is not one of the fast path's URLs at all
        assertProblem(fastPathLeaves("single", () -> post("/api/v1/classifications/no-such-model", "application/json",
                MEMO, key)), 404, "unknown-classifier");
        // and the service still answers on the fast path
        assertThat(fastPathServes("single", () -> post(DEDUCTIONS, "application/json", MEMO, key)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        Http admin = loggedIn("admin", ADMIN_PASSWORD);
        JsonNode created = Http.json(admin.send(admin.request("/api/v1/api-keys")
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", admin.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(Http.toJson(
                        Map.of("name", "revoked-" + UUID.randomUUID(), "scopes", List.of("classify")))))));
        String secret = created.get("key").asString();
        // served (and its key cached) on the fast path
        assertThat(fastPathServes("single", () -> post(DEDUCTIONS, "application/json", MEMO, secret)).statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> revoke = admin.send(admin.request("/api/v1/api-keys/" + created.get("id").asString())
                .header("X-CSRF-TOKEN", admin.csrfToken()).DELETE());
        assertThat(revoke.statusCode()).isEqualTo(204);
        assertProblem(passedOn("unknown-key", () -> post(DEDUCTIONS, "application/json", MEMO, secret)), 401,
                "invalid-api-key");
    }

    private HttpResponse<byte[]> post(String path, String contentType, String body, String withKey) {
        HttpRequest.Builder request = client.request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return client.send(withKey == null ? request : withKey(request, withKey));
    }

    private HttpResponse<byte[]> fastPathServes(String form, Supplier<HttpResponse<byte[]>> call) {
        long before = served(form);
        HttpResponse<byte[]> response = call.get();
        assertThat(served(form)).as("answered on the fast path").isEqualTo(before + 1);
        return response;
    }

    private HttpResponse<byte[]> fastPathLeaves(String form, Supplier<HttpResponse<byte[]>> call) {
        long before = served(form);
        HttpResponse<byte[]> response = call.get();
        assertThat(served(form)).as("not answered on the fast path").isEqualTo(before);
        return response;
    }

    private HttpResponse<byte[]> passedOn(String reason, Supplier<HttpResponse<byte[]>> call) {
        double before = passed(reason);
        HttpResponse<byte[]> response = fastPathLeaves("single", () -> fastPathLeaves("batch", call));
        assertThat(passed(reason)).as("passed on for " + reason).isEqualTo(before + 1);
        return response;
    }

    private long served(String form) {
        return meters.find("clearline.classification.fastpath").tag("form", form).timers().stream()
                .mapToLong(Timer::count).sum();
    }

    private double passed(String reason) {
        Counter counter = meters.find("clearline.classification.fastpath.passed").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Map<String, String> headers(HttpResponse<byte[]> response) {
        return response.headers().map().entrySet().stream()
                .filter(e -> !PER_RESPONSE.contains(e.getKey().toLowerCase()))
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> String.join(", ", e.getValue()),
                        (a, b) -> a, java.util.TreeMap::new));
    }
}
