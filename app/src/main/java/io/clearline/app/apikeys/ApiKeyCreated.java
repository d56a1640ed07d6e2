package io.clearline.app.apikeys;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An admin created an API key (the event never carries the secret). */
public record ApiKeyCreated(UUID keyId, String name, Set<String> scopes, String createdBy, Instant occurredAt) {
}
