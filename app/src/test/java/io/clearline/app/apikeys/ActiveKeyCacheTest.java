package io.clearline.app.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ActiveKeyCacheTest {

    private final ApiKey key = new ApiKey(UUID.randomUUID(), "orchestrator", "clk_abcdefgh", Set.of(ApiScope.CLASSIFY),
            "admin", Instant.parse("2026-11-23T10:00:00Z"), null, null);
    private final AtomicInteger lookups = new AtomicInteger();
    private Optional<ApiKey> stored = Optional.of(key);
    private final Function<String, Optional<ApiKey>> database = hash -> {
        lookups.incrementAndGet();
        return stored;
    };

    @Test
    void aKnownKeyIsLookedUpOnceWhileFreshAndAgainAfterItsTimeToLive() {
        MutableClock clock = new MutableClock();
        ActiveKeyCache cache = new ActiveKeyCache(Duration.ofSeconds(30), clock);
        for (int i = 0; i < 5; i++) {
            assertThat(cache.get("h1", database)).contains(key);
        }
        assertThat(lookups).hasValue(1);
        clock.now = clock.now.plusSeconds(31);
        stored = Optional.empty(); // revoked behind this instance's back: seen once the entry expires
        assertThat(cache.get("h1", database)).isEmpty();
        assertThat(lookups).hasValue(2);
    }

    @Test
    void evictionMakesARevokedKeyFailAtOnce() {
        ActiveKeyCache cache = new ActiveKeyCache(Duration.ofMinutes(5), new MutableClock());
        assertThat(cache.get("h1", database)).contains(key);
        stored = Optional.empty();
        cache.evict(key.id());
        assertThat(cache.get("h1", database)).isEmpty();
    }

    @Test
    void peekingNeverLooksUpAndSeesOnlyAFreshEntry() {
        MutableClock clock = new MutableClock();
        ActiveKeyCache cache = new ActiveKeyCache(Duration.ofSeconds(30), clock);
        assertThat(cache.peek("h1")).isEmpty();
        assertThat(lookups).hasValue(0);
        cache.get("h1", database);
        assertThat(cache.peek("h1")).contains(key);
        clock.now = clock.now.plusSeconds(31);
        assertThat(cache.peek("h1")).isEmpty();
        cache.get("h1", database);
        cache.evict(key.id());
        assertThat(cache.peek("h1")).isEmpty();
        assertThat(lookups).hasValue(2);
    }

    @Test
    void unknownSecretsAreNotRemembered() {
        ActiveKeyCache cache = new ActiveKeyCache(Duration.ofMinutes(5), new MutableClock());
        stored = Optional.empty();
        cache.get("guess", database);
        stored = Optional.of(key); // created afterwards: works at once
        assertThat(cache.get("guess", database)).contains(key);
        assertThat(lookups).hasValue(2);
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
