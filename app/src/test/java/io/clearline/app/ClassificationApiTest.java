package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The classification API over real HTTP: answers with model versions, scopes, and every kind of bad input. */
class ClassificationApiTest extends ServiceTest {

    private static final String DEDUCTIONS = "/api/v1/classifications/deduction-reason";
    private static String key;

    private Http client;

    @BeforeEach
    void client() {
        if (key == null) {
            key = apiKey("classify");
        }
        client = browser();
    }

    private HttpResponse<byte[]> post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return client.send(withKey(client.request(path).header("Content-Type", contentType).POST(body), key));
    }

    private HttpResponse<byte[]> postJson(String path, Object body) {
        return post(path, "application/json", HttpRequest.BodyPublishers.ofString(Http.toJson(body)));
    }

    /** After any refusal the service still classifies. */
    private void stillAnswers() {
        HttpResponse<byte[]> ok = postJson(DEDUCTIONS, Map.of("text", "short paid 40.00 freight charge not agreed"));
        assertThat(ok.statusCode()).as(Http.text(ok)).isEqualTo(200);
        assertThat(Http.json(ok).get("model").get("version").asString()).isNotBlank();
    }

    @Test
    void aKeyWithTheClassifyScopeClassifiesADeductionMemo() {
        HttpResponse<byte[]> response = postJson(DEDUCTIONS, Map.of(
                "text", "INV 4711 short paid 120.00 - goods arrived damaged, carton crushed",
                "context", Map.of("customer_id", "C-1001")));
        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(200);
        JsonNode answer = Http.json(response);
        assertThat(answer.get("predicted_label").asString()).isEqualTo("DAMAGED");
        assertThat(answer.get("label").asString()).isIn("DAMAGED", "NEEDS_REVIEW");
        assertThat(answer.get("needs_review").asBoolean()).isEqualTo(answer.get("label").asString().equals("NEEDS_REVIEW"));
        double confidence = answer.get("confidence").asDouble();
        assertThat(confidence).isBetween(0.0, 1.0);
        assertThat(answer.get("threshold").asDouble()).isBetween(0.0, 1.0);
        assertThat(answer.get("top_k")).hasSize(3);
        assertThat(answer.get("top_k").get(0).get("label").asString()).isEqualTo("DAMAGED");
        assertThat(answer.get("top_k").get(0).get("confidence").asDouble()).isEqualTo(confidence);
        assertThat(answer.get("model").get("name").asString()).isEqualTo("deduction-reason");
        assertThat(answer.get("model").get("version").asString()).matches("\\d{4}\\.\\d{2}\\.\\d{2}-.+");
        assertThat(answer.get("top_features")).isNotEmpty();
        assertThat(answer.get("top_features").get(0).get("weight").asDouble()).isPositive();
        assertThat(answer.has("customer_code")).isTrue();
        assertThat(answer.has("review_reason")).isTrue();

        // the listing names the same model version
        HttpResponse<byte[]> list = client.send(withKey(client.request("/api/v1/classifications").GET(), key));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Http.json(list).valueStream().filter(c -> c.get("name").asString().equals("deduction-reason")))
                .singleElement().satisfies(c -> {
                    assertThat(c.get("model").get("version").asString()).isEqualTo(answer.get("model").get("version").asString());
                    assertThat(c.get("labels").valueStream().map(JsonNode::asString)).contains("DAMAGED", "PRICING");
                });
    }

    @Test
    void theBatchAnswersInTheOrderSent() {
        List<Map<String, Object>> items = List.of(
                Map.of("text", "unit price 12.40 invoiced, contract price 11.90, difference deducted"),
                Map.of("text", "short paid 120.00 - goods arrived damaged, carton crushed"),
                Map.of("text", "unit price 12.40 invoiced, contract price 11.90, difference deducted"));
        HttpResponse<byte[]> response = postJson(DEDUCTIONS + "/batch", Map.of("items", items));
        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(200);
        JsonNode results = Http.json(response).get("results");
        assertThat(results).hasSize(3);
        // each batch answer is the single call's answer for that text
        for (int i = 0; i < items.size(); i++) {
            JsonNode single = Http.json(postJson(DEDUCTIONS, items.get(i)));
            assertThat(results.get(i).get("predicted_label").asString()).isEqualTo(single.get("predicted_label").asString());
            assertThat(results.get(i).get("confidence").asDouble()).isCloseTo(single.get("confidence").asDouble(),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(results.get(0).get("predicted_label").asString()).isEqualTo("PRICING");
        assertThat(results.get(1).get("predicted_label").asString()).isEqualTo("DAMAGED");
    }

    @Test
    void keysWithoutTheScopeAndRequestsWithoutAKeyAreRefused() {
        String other = apiKey("documents:read");
        HttpRequest.Builder request = client.request(DEDUCTIONS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"short paid\"}"));
        assertProblem(client.send(withKey(request.copy(), other)), 403, "access-denied");
        assertProblem(client.send(withKey(client.request("/api/v1/classifications").GET(), other)), 403, "access-denied");
        assertProblem(client.send(client.request("/api/v1/classifications").GET()), 401, "authentication-required");
        // a write without a key and without a session is unauthenticated, not a CSRF failure
        assertProblem(client.send(request.copy()), 401, "authentication-required");
        assertProblem(client.send(withKey(request.copy(), "clk_" + "B".repeat(43))), 401, "invalid-api-key");
        // an analyst in the browser may classify too
        Http analyst = loggedIn("analyst", "analyst-demo");
        HttpResponse<byte[]> asAnalyst = analyst.send(analyst.request(DEDUCTIONS).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", analyst.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"short paid 3 cases missing\"}")));
        assertThat(asAnalyst.statusCode()).as(Http.text(asAnalyst)).isEqualTo(200);
    }

    @Test
    void missingEmptyOrTooLongTextsAre422() {
        assertProblem(postJson(DEDUCTIONS, Map.of("text", "")), 422, "invalid-classification-request");
        assertProblem(postJson(DEDUCTIONS, Map.of("text", "   \n ")), 422, "invalid-classification-request");
        assertProblem(postJson(DEDUCTIONS, Map.of("context", Map.of("customer_id", "C-1"))), 422,
                "invalid-classification-request");
        JsonNode tooLong = assertProblem(postJson(DEDUCTIONS, Map.of("text", "damaged ".repeat(12_501))), 422,
                "invalid-classification-request");
        assertThat(tooLong.get("detail").asString()).contains("100000");
        // a null context value is "not given", not an error
        assertThat(post(DEDUCTIONS, "application/json", HttpRequest.BodyPublishers.ofString(
                "{\"text\": \"short paid\", \"context\": {\"customer_id\": null}}")).statusCode()).isEqualTo(200);
        stillAnswers();
    }

    @Test
    void aTenMegabyteTextIsRefusedEarly() {
        String body = "{\"text\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        long start = System.nanoTime();
        JsonNode problem = assertProblem(post(DEDUCTIONS, "application/json", HttpRequest.BodyPublishers.ofString(body)),
                413, "classification-request-too-large");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
        assertThat(problem.get("detail").asString()).contains("limit");
        // without a Content-Length (chunked) the body is cut off at the limit: refused as unreadable
        HttpResponse<byte[]> chunked = post(DEDUCTIONS, "application/json", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
        assertThat(chunked.statusCode()).as(Http.text(chunked)).isIn(400, 413);
        stillAnswers();
    }

    @Test
    void emptyAndOversizedBatchesAre422() {
        assertProblem(postJson(DEDUCTIONS + "/batch", Map.of("items", List.of())), 422, "invalid-classification-request");
        assertProblem(postJson(DEDUCTIONS + "/batch", Map.of()), 422, "invalid-classification-request");
        List<Map<String, String>> big = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            big.add(Map.of("text", "x"));
        }
        assertProblem(postJson(DEDUCTIONS + "/batch", Map.of("items", big)), 422, "invalid-classification-request");
        assertProblem(postJson(DEDUCTIONS + "/batch", Map.of("items", big.subList(0, 1001))), 422,
                "invalid-classification-request");
        JsonNode blankItem = assertProblem(postJson(DEDUCTIONS + "/batch", Map.of("items",
                List.of(Map.of("text", "short paid"), Map.of("text", " ")))), 422, "invalid-classification-request");
        assertThat(blankItem.get("detail").asString()).contains("items[1]");
        stillAnswers();
    }

    @Test
    void unknownClassifierWrongContentTypeAndUnreadableBodies() {
        assertProblem(postJson("/api/v1/classifications/no-such-model", Map.of("text", "short paid")), 404,
                "unknown-classifier");
        assertProblem(postJson("/api/v1/classifications/no-such-model/batch", Map.of("items", List.of(Map.of("text", "a")))),
                404, "unknown-classifier");
        assertProblem(post(DEDUCTIONS, "text/plain", HttpRequest.BodyPublishers.ofString("short paid")), 415,
                "unsupported-request-type");
        assertProblem(post(DEDUCTIONS, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString("text=a")),
                415, "unsupported-request-type");
        assertProblem(post(DEDUCTIONS, "application/json", HttpRequest.BodyPublishers.ofString("{\"text\": ")), 400,
                "malformed-request");
        assertProblem(post(DEDUCTIONS, "application/json", HttpRequest.BodyPublishers.ofString("[1, 2]")), 400,
                "malformed-request");
        assertProblem(post(DEDUCTIONS, "application/json", HttpRequest.BodyPublishers.noBody()), 400, "malformed-request");
        byte[] invalidUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        assertProblem(post(DEDUCTIONS, "application/json", HttpRequest.BodyPublishers.ofByteArray(invalidUtf8)), 400,
                "malformed-request");
        stillAnswers();
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsWithExamples() {
        String doc = Http.text(browser().get("/v3/api-docs"));
        assertThat(doc).contains("/api/v1/classifications/{classifier}", "/api/v1/classifications/{classifier}/batch",
                "predicted_label", "top_k", "needs_review", "INV 4711 short paid");
    }
}
