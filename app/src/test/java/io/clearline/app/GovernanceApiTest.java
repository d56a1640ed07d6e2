package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The gateway over HTTP: maker-checker, idempotency, the audit log and its verification. */
class GovernanceApiTest extends ServiceTest {

    private static final String SUPERVISOR_PASSWORD = "supervisor-demo";
    private static final String ANALYST_PASSWORD = "analyst-demo";

    private static HttpResponse<byte[]> postJson(Http http, String path, Object body) {
        return http.send(http.request(path).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", http.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(Http.toJson(body))));
    }

    private static Map<String, Object> note(String subject, String text, double confidence, String key) {
        return Map.of("kind", "note.attach", "subject", subject,
                "payload", Map.of("text", text, "author", "analyst"), "confidence", confidence, "idempotencyKey", key);
    }

    @Test
    void theProposerCannotApproveButAnotherPersonCan() {
        Http analyst = loggedIn("analyst", ANALYST_PASSWORD);
        String subject = "document:" + UUID.randomUUID();
        // below the note policy's auto-approve confidence (0.9): it waits for a person
        HttpResponse<byte[]> proposed = postJson(analyst, "/api/v1/proposals",
                note(subject, "customer confirmed by phone", 0.5, "k-" + UUID.randomUUID()));
        assertThat(proposed.statusCode()).as(Http.text(proposed)).isEqualTo(201);
        JsonNode proposal = Http.json(proposed);
        assertThat(proposal.get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(proposal.get("proposer").asString()).isEqualTo("person:analyst");
        String id = proposal.get("id").asString();

        HttpResponse<byte[]> selfApproval = postJson(analyst, "/api/v1/proposals/" + id + "/approve", Map.of());
        assertProblem(selfApproval, 403, "segregation-of-duties");
        assertThat(Http.json(analyst.get("/api/v1/proposals/" + id)).get("status").asString())
                .isEqualTo("PENDING_APPROVAL");

        Http supervisor = loggedIn("supervisor", SUPERVISOR_PASSWORD);
        HttpResponse<byte[]> approved = postJson(supervisor, "/api/v1/proposals/" + id + "/approve", Map.of());
        assertThat(approved.statusCode()).as(Http.text(approved)).isEqualTo(200);
        assertThat(Http.json(approved).get("status").asString()).isEqualTo("EXECUTED");
        assertThat(Http.json(approved).get("decidedBy").asString()).isEqualTo("person:supervisor");

        JsonNode notes = Http.json(analyst.get("/api/v1/notes?subject=" + subject));
        assertThat(notes.size()).isEqualTo(1);
        assertThat(notes.get(0).get("text").asString()).isEqualTo("customer confirmed by phone");

        HttpResponse<byte[]> again = postJson(supervisor, "/api/v1/proposals/" + id + "/approve", Map.of());
        assertProblem(again, 409, "invalid-proposal-state");
    }

    @Test
    void aKeyRunsOnceAndAReusedKeyWithAnotherPayloadIsAConflict() {
        Http analyst = loggedIn("analyst", ANALYST_PASSWORD);
        String subject = "document:" + UUID.randomUUID();
        String key = "k-" + UUID.randomUUID();
        HttpResponse<byte[]> first = postJson(analyst, "/api/v1/proposals", note(subject, "first", 0.95, key));
        assertThat(first.statusCode()).as(Http.text(first)).isEqualTo(201);
        assertThat(Http.json(first).get("status").asString()).isEqualTo("EXECUTED");

        HttpResponse<byte[]> replay = postJson(analyst, "/api/v1/proposals", note(subject, "first", 0.95, key));
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(Http.json(replay).get("id").asString()).isEqualTo(Http.json(first).get("id").asString());

        HttpResponse<byte[]> conflict = postJson(analyst, "/api/v1/proposals", note(subject, "second", 0.95, key));
        assertProblem(conflict, 409, "idempotency-conflict");

        assertThat(Http.json(analyst.get("/api/v1/notes?subject=" + subject)).size()).isEqualTo(1);
    }

    @Test
    void anInvalidProposalIsA422AndStoresNothing() {
        Http analyst = loggedIn("analyst", ANALYST_PASSWORD);
        String subject = "document:" + UUID.randomUUID();
        HttpResponse<byte[]> noText = postJson(analyst, "/api/v1/proposals", Map.of("kind", "note.attach",
                "subject", subject, "payload", Map.of("author", "a"), "confidence", 1.0, "idempotencyKey", "x-" + UUID.randomUUID()));
        assertProblem(noText, 422, "invalid-payload");
        HttpResponse<byte[]> unknownKind = postJson(analyst, "/api/v1/proposals", Map.of("kind", "cash.teleport",
                "subject", subject, "payload", Map.of(), "confidence", 1.0, "idempotencyKey", "y-" + UUID.randomUUID()));
        assertThat(unknownKind.statusCode()).isEqualTo(422);
        assertThat(Http.json(analyst.get("/api/v1/proposals?subject=" + subject)).size()).isZero();
    }

    @Test
    void stateChangesAreAuditedAndTheChainVerifies() {
        String key = apiKey("documents:write", "documents:read");
        Http client = browser();
        HttpResponse<byte[]> upload = client.send(withKey(new Http.Multipart()
                .file("file", "audit.txt", ("audited " + UUID.randomUUID()).getBytes())
                .into(client.request("/api/v1/documents")), key));
        assertThat(upload.statusCode()).as(Http.text(upload)).isEqualTo(201);
        String documentId = Http.json(upload).get("documents").get(0).get("document").get("id").asString();

        Http supervisor = loggedIn("supervisor", SUPERVISOR_PASSWORD);
        JsonNode events = Http.json(supervisor.get("/api/v1/audit?subject=document:" + documentId));
        // the extraction that follows the upload may add its own entry meanwhile; the first one is the upload
        assertThat(events.size()).isBetween(1, 2);
        assertThat(events.get(0).get("action").asString()).isEqualTo("document:stored");
        assertThat(events.get(0).get("actor").asString()).startsWith("api_client:");
        assertThat(events.get(0).get("hash").asString()).hasSize(64);

        JsonNode verification = Http.json(supervisor.get("/api/v1/audit/verify"));
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("eventsChecked").asLong()).isGreaterThan(0);

        HttpResponse<byte[]> csv = supervisor.get("/api/v1/audit/export?subject=document:" + documentId);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(Http.text(csv)).contains("document:stored").contains(documentId);

        Http analyst = loggedIn("analyst", ANALYST_PASSWORD);
        assertProblem(analyst.get("/api/v1/audit/verify"), 403, "access-denied");
    }
}
