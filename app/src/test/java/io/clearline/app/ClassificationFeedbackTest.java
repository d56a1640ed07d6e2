package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.training.LabelledExample;
import io.clearline.classification.training.StoredFeedback;
import io.clearline.governance.testing.TestDatabase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Corrections through the API become a governed, audited action and rows the retrain command reads. */
class ClassificationFeedbackTest extends ServiceTest {

    private static final String FEEDBACK = "/api/v1/classifications/deduction-reason/feedback";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCorrectionIsRecordedThroughTheGatewayOnceAndReadableByRetrain() {
        String key = apiKey("classify");
        Http client = browser();
        String text = "carrier left pallets in the rain, cartons soaked " + UUID.randomUUID();
        Map<String, Object> body = Map.of("text", text, "predicted_label", "SHORTAGE", "correct_label", "DAMAGED",
                "model_version", "2026.11.23-1");

        HttpResponse<byte[]> first = post(client, key, body);
        assertThat(first.statusCode()).as(Http.text(first)).isEqualTo(201);
        JsonNode proposal = Http.json(first);
        assertThat(proposal.get("status").asString()).isEqualTo("EXECUTED");
        HttpResponse<byte[]> again = post(client, key, body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.json(again).get("proposal").asString()).isEqualTo(proposal.get("proposal").asString());

        assertThat(jdbc.sql("select count(*) from classification.feedback where text = ? and correct_label = 'DAMAGED'"
                + " and predicted_label = 'SHORTAGE' and model_version = '2026.11.23-1' and given_by like 'api-key:%'")
                .param(text).query(Long.class).single()).isEqualTo(1L);
        TestDatabase.Connection db = TestDatabase.get();
        assertThat(StoredFeedback.read(db.jdbcUrl(), db.username(), db.password(), "deduction-reason"))
                .contains(new LabelledExample(text, "DAMAGED", Map.of()));
        assertThat(jdbc.sql("select count(*) from governance.action_proposal where id = ?::uuid and kind = 'classification.feedback'")
                .param(proposal.get("proposal").asString()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aLabelTheClassifierDoesNotKnowOrABlankTextIsRefused() {
        String key = apiKey("classify");
        Http client = browser();
        assertProblem(post(client, key, Map.of("text", "soaked cartons", "correct_label", "WEATHER")), 422,
                "invalid-classification-request");
        assertProblem(post(client, key, Map.of("text", " ", "correct_label", "DAMAGED")), 422,
                "invalid-classification-request");
        assertProblem(client.send(withKey(client.request("/api/v1/classifications/nope/feedback")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\",\"correct_label\":\"DAMAGED\"}")), key)),
                404, "unknown-classifier");
        assertProblem(post(client, apiKey("documents:read"), Map.of("text", "soaked", "correct_label", "DAMAGED")), 403,
                "access-denied");
    }

    private static HttpResponse<byte[]> post(Http client, String key, Map<String, Object> body) {
        return client.send(withKey(client.request(FEEDBACK).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Http.toJson(body))), key));
    }
}
