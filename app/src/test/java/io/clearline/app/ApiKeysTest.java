package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.app.apikeys.ApiKeyCreated;
import io.clearline.app.apikeys.ApiKeyRevoked;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiKeysTest extends ServiceTest {

    @Test
    void anAdminCreatesAKeyThatUploadsAndReadsBackAPdfUntilItIsRevoked() {
        Http admin = loggedIn("admin", ADMIN_PASSWORD);
        String name = "orchestrator-" + UUID.randomUUID();
        HttpResponse<byte[]> created = create(admin, name, List.of("documents:write", "documents:read"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        JsonNode key = Http.json(created);
        String secret = key.get("key").asString();
        assertThat(secret).startsWith("clk_").hasSizeGreaterThanOrEqualTo(4 + 43); // 256 bits in base64url

        // the list shows the key without its secret
        String listed = Http.text(admin.get("/api/v1/api-keys"));
        assertThat(listed).contains(name, key.get("prefix").asString()).doesNotContain(secret);

        // a machine client with the key: upload a PDF, read it back byte for byte
        Http client = browser();
        byte[] pdf = Samples.pdf();
        HttpResponse<byte[]> upload = client.send(withKey(
                new Http.Multipart().file("file", "po-4711.pdf", pdf).into(client.request("/api/v1/documents")), secret));
        assertThat(upload.statusCode()).as(Http.text(upload)).isEqualTo(201);
        String location = upload.headers().firstValue("Location").orElseThrow();
        JsonNode doc = Http.json(upload).get("documents").get(0).get("document");
        assertThat(doc.get("receivedBy").asString()).isEqualTo("api-key:" + name);

        HttpResponse<byte[]> content = client.send(withKey(client.request(location + "/content").GET(), secret));
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);
        assertThat(content.headers().firstValue("Content-Type")).hasValue("application/pdf");

        // the key in the other header works the same
        HttpResponse<byte[]> viaHeader = client.send(client.request(location).header("X-API-Key", secret).GET());
        assertThat(viaHeader.statusCode()).isEqualTo(200);

        // revoked: refused from now on
        UUID id = UUID.fromString(key.get("id").asString());
        HttpResponse<byte[]> revoke = admin.send(admin.request("/api/v1/api-keys/" + id)
                .header("X-CSRF-TOKEN", admin.csrfToken()).DELETE());
        assertThat(revoke.statusCode()).isEqualTo(204);
        assertProblem(client.send(withKey(client.request(location).GET(), secret)), 401, "invalid-api-key");
        assertThat(Http.json(admin.get("/api/v1/api-keys/" + id)).get("active").asBoolean()).isFalse();

        assertThat(events.of(ApiKeyCreated.class)).anySatisfy(e -> assertThat(e.name()).isEqualTo(name));
        assertThat(events.of(ApiKeyRevoked.class)).anySatisfy(e -> assertThat(e.keyId()).isEqualTo(id));
    }

    @Test
    void anUnknownKeyIsRefused() {
        Http client = browser();
        assertProblem(client.send(withKey(client.request("/api/v1/me").GET(), "clk_" + "A".repeat(43))), 401,
                "invalid-api-key");
        assertProblem(client.send(client.request("/api/v1/me").header("X-API-Key", "not-a-key").GET()), 401,
                "invalid-api-key");
    }

    @Test
    void aKeyWithoutTheScopeGets403() {
        String readOnly = apiKey("documents:read");
        Http client = browser();
        HttpResponse<byte[]> upload = client.send(withKey(
                new Http.Multipart().file("file", "a.pdf", Samples.pdf()).into(client.request("/api/v1/documents")),
                readOnly));
        assertProblem(upload, 403, "access-denied");
        // keys cannot manage keys, whatever their scopes
        assertProblem(client.send(withKey(client.request("/api/v1/api-keys").GET(), readOnly)), 403, "access-denied");
    }

    @Test
    void onlyAdminsManageKeys() {
        Http analyst = loggedIn("analyst", "analyst-demo");
        assertProblem(create(analyst, "mine", List.of("classify")), 403, "access-denied");
    }

    @Test
    void badKeyRequestsAreProblems() {
        Http admin = loggedIn("admin", ADMIN_PASSWORD);
        assertProblem(create(admin, "x-" + UUID.randomUUID(), List.of("launch:missiles")), 400, "invalid-request");
        assertProblem(create(admin, " ", List.of("classify")), 400, "invalid-request");
        String name = "dup-" + UUID.randomUUID();
        assertThat(create(admin, name, List.of("classify")).statusCode()).isEqualTo(201);
        assertProblem(create(admin, name, List.of("classify")), 409, "conflict");
        assertProblem(admin.send(admin.request("/api/v1/api-keys/" + UUID.randomUUID())
                .header("X-CSRF-TOKEN", admin.csrfToken()).DELETE()), 404, "not-found");
        assertProblem(admin.send(admin.request("/api/v1/api-keys").header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", admin.csrfToken()).POST(HttpRequest.BodyPublishers.ofString("{not json"))),
                400, "malformed-request");
    }

    private static HttpResponse<byte[]> create(Http session, String name, List<String> scopes) {
        return session.send(session.request("/api/v1/api-keys")
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", session.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(Http.toJson(Map.of("name", name, "scopes", scopes)))));
    }
}
