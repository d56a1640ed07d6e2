package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.governance.testing.PostgresProperties;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole service on a random port over a real PostgreSQL ({@code TestDatabase}), driven through
 * real HTTP. Subclasses share one application context. Uploads are limited to 1MB here so the
 * 413 path is cheap to reach.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "clearline.documents.max-size=1MB",
    "clearline.documents.max-batch-size=4MB",
    "clearline.security.demo-users=true",
    // the classification listener on a free port: test forks run side by side
    "clearline.classification-api.listener.port=0",
    "clearline.security.admin-password=" + ServiceTest.ADMIN_PASSWORD})
@Import({ServiceTest.Events.class, ProblemsTest.Failing.class})
abstract class ServiceTest {

    static final String ADMIN_PASSWORD = "test-admin-password";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresProperties.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    Events events;

    Http browser() {
        return new Http(port);
    }

    Http loggedIn(String user, String password) {
        Http http = browser();
        HttpResponse<byte[]> login = http.login(user, password);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return http;
    }

    /** Creates an API key as the admin and returns its secret. */
    String apiKey(String... scopes) {
        Http admin = loggedIn("admin", ADMIN_PASSWORD);
        HttpResponse<byte[]> created = admin.send(admin.request("/api/v1/api-keys")
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", admin.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(Http.toJson(
                        Map.of("name", "test-" + UUID.randomUUID(), "scopes", List.of(scopes))))));
        assertThat(created.statusCode()).isEqualTo(201);
        return Http.json(created).get("key").asString();
    }

    static HttpRequest.Builder withKey(HttpRequest.Builder request, String key) {
        return request.header("Authorization", "Bearer " + key);
    }

    /** A problem response: its status and stable type, JSON as RFC 9457 says, and nothing of the server's insides. */
    static JsonNode assertProblem(HttpResponse<byte[]> response, int status, String slug) {
        String body = Http.text(response);
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Http.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://clearline.io/problems/" + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(body).doesNotContain("Exception", "\tat ", "trace", "io.clearline.", "org.springframework");
        return problem;
    }

    /** Collects the domain events the service publishes. */
    @TestConfiguration
    static class Events {
        private final List<Object> published = Collections.synchronizedList(new ArrayList<>());

        @EventListener
        void on(Object event) {
            if (event.getClass().getPackageName().startsWith("io.clearline")) {
                published.add(event);
            }
        }

        <T> List<T> of(Class<T> type) {
            synchronized (published) {
                return published.stream().filter(type::isInstance).map(type::cast).toList();
            }
        }
    }
}
