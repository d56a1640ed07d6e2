package io.clearline.app.apikeys;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers, for a short time, which active key a presented secret's hash belongs to, so a machine
 * client's every call does not cost a database round trip (measured: the lookup was a PostgreSQL query
 * per request). Only hits are kept: an unknown secret is looked up again each time, so a newly created
 * key works at once and guessing cannot fill the cache. Revocation in this service evicts at once; the
 * time-to-live bounds how long a key revoked elsewhere (another instance, by SQL) still works.
 */
final class ActiveKeyCache {

    private record Entry(ApiKey key, long expiresAtMillis) {
    }

    static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, Entry> byHash = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final Clock clock;

    ActiveKeyCache(Duration ttl, Clock clock) {
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
    }

    /** The active key for this secret hash, from memory while fresh, else from {@code lookup}. */
    Optional<ApiKey> get(String hash, Function<String, Optional<ApiKey>> lookup) {
        long now = clock.millis();
        Entry cached = byHash.get(hash);
        if (cached != null && cached.expiresAtMillis() > now) {
            return Optional.of(cached.key());
        }
        Optional<ApiKey> found = lookup.apply(hash);
        if (found.isPresent() && ttlMillis > 0) {
            if (byHash.size() >= MAX_ENTRIES) {
                byHash.clear(); // a crude bound; a real deployment has a handful of keys
            }
            byHash.put(hash, new Entry(found.get(), now + ttlMillis));
        } else {
            byHash.remove(hash);
        }
        return found;
    }

    /** The active key for this secret hash while it is fresh in memory; never looks it up. */
    Optional<ApiKey> peek(String hash) {
        Entry cached = byHash.get(hash);
        return cached != null && cached.expiresAtMillis() > clock.millis() ? Optional.of(cached.key()) : Optional.empty();
    }

    /** Forgets the key with this id (called when it is revoked). */
    void evict(UUID id) {
        byHash.values().removeIf(e -> e.key().id().equals(id));
    }
}
