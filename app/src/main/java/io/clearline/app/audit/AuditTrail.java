package io.clearline.app.audit;

import io.clearline.app.apikeys.ApiKeyCreated;
import io.clearline.app.apikeys.ApiKeyRevoked;
import io.clearline.app.security.LoginFailed;
import io.clearline.app.security.UserCreated;
import io.clearline.extraction.documents.DocumentStored;
import io.clearline.governance.Actor;
import io.clearline.governance.AuditEntry;
import io.clearline.governance.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the app's own state changes in the audit log. Listeners run synchronously in the publisher's
 * transaction, so an event and the change it records commit (or roll back) together.
 */
@Component
class AuditTrail {

    private final AuditLog audit;

    AuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(DocumentStored e) {
        Map<String, Object> payload = new TreeMap<>();
        payload.put("sha256", e.sha256());
        payload.put("size", e.size());
        payload.put("mediaType", e.mediaType());
        payload.put("fileName", e.fileName());
        payload.put("source", e.source().name());
        audit.append(AuditEntry.of(actor(e.receivedBy()), "document:stored", "document:" + e.documentId())
                .withTransition(null, "STORED").withPayloadJson(payload));
    }

    @EventListener
    void on(UserCreated e) {
        audit.append(AuditEntry.of(actor(e.createdBy()), "user:created", "user:" + e.username())
                .withTransition(null, "ACTIVE")
                .withPayloadJson(Map.of("role", e.role().name(), "demo", e.demo())));
    }

    @EventListener
    void on(LoginFailed e) {
        audit.append(AuditEntry.of(Actor.system("security"), "login:failed", "user:" + e.username())
                .withPayloadJson(Map.of("reason", e.reason())));
    }

    @EventListener
    void on(ApiKeyCreated e) {
        audit.append(AuditEntry.of(actor(e.createdBy()), "api-key:created", "api-key:" + e.keyId())
                .withTransition(null, "ACTIVE")
                .withPayloadJson(Map.of("name", e.name(), "scopes", List.copyOf(new TreeSet<>(e.scopes())))));
    }

    @EventListener
    void on(ApiKeyRevoked e) {
        audit.append(AuditEntry.of(actor(e.revokedBy()), "api-key:revoked", "api-key:" + e.keyId())
                .withTransition("ACTIVE", "REVOKED").withPayloadJson(Map.of("name", e.name())));
    }

    /** Names as the app's events carry them: {@code api-key:<name>}, {@code system}, or a user name. */
    static Actor actor(String name) {
        if (name == null || name.isBlank() || name.equals("system")) {
            return Actor.system("clearline");
        }
        if (name.startsWith("api-key:")) {
            return Actor.apiClient(name.substring("api-key:".length()));
        }
        return Actor.person(name);
    }
}
