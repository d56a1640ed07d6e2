package io.clearline.app.apikeys;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A machine client's key as stored: never the secret, only its hash (in the table) and its first
 * characters ({@code prefix}) so people can tell keys apart.
 */
public record ApiKey(UUID id, String name, String prefix, Set<ApiScope> scopes, String createdBy, Instant createdAt,
        String revokedBy, Instant revokedAt) {

    public ApiKey {
        scopes = Set.copyOf(scopes);
    }

    public boolean active() {
        return revokedAt == null;
    }
}
