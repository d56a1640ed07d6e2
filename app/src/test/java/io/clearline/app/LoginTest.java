package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.app.security.LoginFailed;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LoginTest extends ServiceTest {

    @Test
    void aDemoUserLogsInWithTheFormAndGetsASession() {
        Http analyst = loggedIn("analyst", "analyst-demo");

        JsonNode me = Http.json(analyst.get("/api/v1/me"));
        assertThat(me.get("name").asString()).isEqualTo("analyst");
        assertThat(me.get("authorities").toString()).contains("ROLE_ANALYST");
        assertThat(me.get("csrf").get("token").asString()).isNotBlank();
    }

    @Test
    void theFirstAdminComesFromTheEnvironment() {
        JsonNode me = Http.json(loggedIn("admin", ADMIN_PASSWORD).get("/api/v1/me"));
        assertThat(me.get("authorities").toString()).contains("ROLE_ADMIN");
    }

    @Test
    void wrongCredentialsRedirectBackToTheFormAndAreRecorded() {
        Http http = browser();
        HttpResponse<byte[]> login = http.login("analyst", "not-the-password");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertProblem(http.get("/api/v1/me"), 401, "authentication-required");
        assertThat(events.of(LoginFailed.class)).anySatisfy(e -> assertThat(e.username()).isEqualTo("analyst"));
    }

    @Test
    void anApiCallWithoutCredentialsIsA401Problem() {
        assertProblem(browser().get("/api/v1/documents/" + java.util.UUID.randomUUID()), 401, "authentication-required");
    }

    @Test
    void sessionWritesNeedTheCsrfToken() {
        Http admin = loggedIn("admin", ADMIN_PASSWORD);
        HttpResponse<byte[]> noToken = admin.send(admin.request("/api/v1/api-keys")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"scopes\":[\"classify\"]}")));
        assertProblem(noToken, 403, "csrf-token-invalid");
    }
}
