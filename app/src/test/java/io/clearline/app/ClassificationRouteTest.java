package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every answer of the classification API carries its route, from the shipped routing table in application.yaml. */
class ClassificationRouteTest extends ServiceTest {

    private static String key;

    private Http client;

    @BeforeEach
    void client() {
        if (key == null) {
            key = apiKey("classify");
        }
        client = browser();
    }

    private JsonNode post(String path, Object body) {
        HttpResponse<byte[]> response = client.send(withKey(client.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Http.toJson(body))), key));
        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(200);
        return Http.json(response);
    }

    @Test
    void aLargeDamagedGoodsDeductionGoesToClaimsWithHighUrgency() {
        JsonNode answer = post("/api/v1/classifications/deduction-reason", Map.of(
                "text", "INV 4711 short paid - goods arrived damaged, carton crushed",
                "context", Map.of("customer_id", "C-1001", "amount", "12,500.00", "currency", "EUR")));
        assertThat(answer.get("label").asString()).isEqualTo("DAMAGED");
        JsonNode route = answer.get("route");
        assertThat(route.get("queue").asString()).isEqualTo("claims");
        assertThat(route.get("urgency").asString()).isEqualTo("HIGH");
        assertThat(route.get("why").asString())
                .isEqualTo("DAMAGED → claims; urgency HIGH by rule 'large amount' (12500.00 EUR ≥ 10000.00 EUR)");
    }

    @Test
    void theBatchRoutesEachItemByItsOwnContextAndUnclearAnswersGoToTriage() {
        String today = LocalDate.now().toString();
        JsonNode results = post("/api/v1/classifications/order-exception/batch", Map.of("items", List.of(
                Map.of("text", "order blocked: customer over credit limit, account on credit hold",
                        "context", Map.of("rule_signals", "CREDIT_LIMIT_EXCEEDED", "ship_date", today)),
                Map.of("text", "§§§ ¤¤¤"),
                Map.of("text", "order blocked: customer over credit limit, account on credit hold",
                        "context", Map.of("rule_signals", "CREDIT_LIMIT_EXCEEDED", "amount", "not a number")))))
                .get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("label").asString()).isEqualTo("CREDIT_HOLD");
        assertThat(results.get(0).get("route").get("queue").asString()).isEqualTo("credit");
        assertThat(results.get(0).get("route").get("urgency").asString()).isEqualTo("URGENT");
        assertThat(results.get(0).get("route").get("why").asString()).contains("'ships within a day' (ships today)");
        assertThat(results.get(1).get("label").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(results.get(1).get("route").get("queue").asString()).isEqualTo("triage");
        // an unreadable amount is noted, not a failure of the item or the batch
        assertThat(results.get(2).get("route").get("urgency").asString()).isEqualTo("NORMAL");
        assertThat(results.get(2).get("route").get("why").asString()).contains("ignored: amount 'not a number' unreadable");
    }

    @Test
    void theOpenApiDocumentDescribesTheRoute() {
        String doc = Http.text(browser().get("/v3/api-docs"));
        assertThat(doc).contains("\"route\"", "which team queue works it", "URGENT", "'large amount'");
    }
}
