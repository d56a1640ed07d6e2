package io.clearline.app.apikeys;

import java.time.Instant;
import java.util.UUID;

/** An admin revoked an API key; requests with it are refused from now on. */
public record ApiKeyRevoked(UUID keyId, String name, String revokedBy, Instant occurredAt) {
}
