package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.app.security.AccessDeclaredInterceptor;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class ServiceStartsTest extends ServiceTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void healthIsPublicAndUp() {
        HttpResponse<byte[]> health = browser().get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Http.json(health).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusNeedsAnAdminOrTheMetricsScope() {
        assertProblem(browser().get("/actuator/prometheus"), 401, "authentication-required");
        assertProblem(loggedIn("analyst", "analyst-demo").get("/actuator/prometheus"), 403, "access-denied");

        Http client = browser();
        HttpResponse<byte[]> withKey = client.send(withKey(client.request("/actuator/prometheus").GET(),
                apiKey("metrics:read")));
        assertThat(withKey.statusCode()).isEqualTo(200);
        assertThat(Http.text(withKey)).contains("jvm_memory_used_bytes", "hikaricp_connections");

        HttpResponse<byte[]> asAdmin = loggedIn("admin", ADMIN_PASSWORD).get("/actuator/prometheus");
        assertThat(asAdmin.statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentIsPublicAndDescribesTheApiKeyScheme() {
        HttpResponse<byte[]> doc = browser().get("/v3/api-docs");
        assertThat(doc.statusCode()).isEqualTo(200);
        String json = Http.text(doc);
        assertThat(json).contains("/api/v1/documents", "/api/v1/api-keys", "X-API-Key", "bearer");
        assertThat(browser().get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }

    @Test
    void everyApiEndpointDeclaresItsRoleOrScope() {
        List<String> undeclared = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> isApi(e.getKey()))
                .filter(e -> !e.getValue().getBeanType().equals(ProblemsTest.Failing.class)) // breaks the rule on purpose
                .filter(e -> !AccessDeclaredInterceptor.declaresAccess(e.getValue()))
                .map(Map.Entry::getValue).map(HandlerMethod::getShortLogMessage).toList();
        assertThat(mappings.getHandlerMethods().keySet().stream().filter(ServiceStartsTest::isApi)).hasSizeGreaterThan(5);
        assertThat(undeclared).isEmpty();
    }

    @Test
    void unknownPathsAreProblemsToo() {
        Http admin = loggedIn("admin", ADMIN_PASSWORD);
        assertProblem(admin.get("/api/v1/no-such-thing"), 404, "not-found");
        // refused by the firewall before any controller runs
        assertProblem(admin.get("/api/v1/documents/%2e%2e/secret"), 400, "malformed-request");
    }

    private static boolean isApi(RequestMappingInfo info) {
        return info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"));
    }
}
