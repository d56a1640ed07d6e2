package io.clearline.app.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * API keys of machine clients ({@code security.api_key}). A key is {@code clk_} followed by 256
 * random bits (base64url); only its SHA-256 is stored. A fast hash suffices because the key is
 * high-entropy (no dictionary to try), and it lets a request's key be found by an index lookup.
 */
@Service
public class ApiKeys {

    static final String KEY_PREFIX = "clk_";
    private static final int PREFIX_SHOWN = KEY_PREFIX.length() + 8;
    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);
    private static final String COLUMNS = "id, name, key_prefix, scopes, created_by, created_at, revoked_by, revoked_at";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();
    private final ActiveKeyCache cache;

    public ApiKeys(JdbcClient jdbc, ApplicationEventPublisher events,
            @Value("${clearline.security.api-key-cache-ttl:30s}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.events = events;
        this.cache = new ActiveKeyCache(cacheTtl, Clock.systemUTC());
    }

    @Transactional
    public IssuedApiKey create(String name, Set<ApiScope> scopes, String createdBy) {
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String secret = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ApiKey key = new ApiKey(UUID.randomUUID(), name, secret.substring(0, PREFIX_SHOWN), scopes, createdBy, now,
                null, null);
        try {
            jdbc.sql("""
                    insert into security.api_key (id, name, key_hash, key_prefix, scopes, created_by, created_at)
                    values (?, ?, ?, ?, ?::text[], ?, ?)""")
                    .params(key.id(), name, hash(secret), key.prefix(), arrayLiteral(scopes), createdBy,
                            OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ApiKeyNameTaken(name);
        }
        events.publishEvent(new ApiKeyCreated(key.id(), name, values(scopes), createdBy, now));
        log.info("API key '{}' ({}) created by {} with scopes {}", name, key.prefix(), createdBy, values(scopes));
        return new IssuedApiKey(key, secret);
    }

    /** The active key with this secret, if any. */
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || !secret.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        return cache.get(hash(secret), hash -> jdbc.sql("select " + COLUMNS
                + " from security.api_key where key_hash = ? and revoked_at is null").param(hash).query(ApiKeys::map)
                .optional());
    }

    /**
     * The active key with this secret if it is in memory and fresh, without asking the database; empty
     * says "unknown, revoked or not cached": a caller that must not block (the classification listener's
     * event loop) hands such a request to {@link #authenticate}, which fills the cache.
     */
    public Optional<ApiKey> authenticateCached(String secret) {
        if (secret == null || !secret.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        return cache.peek(hash(secret));
    }

    public List<ApiKey> list() {
        return jdbc.sql("select " + COLUMNS + " from security.api_key order by created_at, name").query(ApiKeys::map).list();
    }

    public Optional<ApiKey> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from security.api_key where id = ?").param(id).query(ApiKeys::map).optional();
    }

    /** Revokes the key; revoking a revoked key changes nothing. */
    @Transactional
    public ApiKey revoke(UUID id, String revokedBy) {
        ApiKey key = find(id).orElseThrow(() -> new ApiKeyNotFound(id));
        if (!key.active()) {
            return key;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("update security.api_key set revoked_by = ?, revoked_at = ? where id = ? and revoked_at is null")
                .params(revokedBy, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), id).update();
        // evict now and again after commit: a request racing this transaction may re-read the old row
        cache.evict(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.evict(id);
                }
            });
        }
        events.publishEvent(new ApiKeyRevoked(id, key.name(), revokedBy, now));
        log.info("API key '{}' ({}) revoked by {}", key.name(), key.prefix(), revokedBy);
        return find(id).orElseThrow();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Set<String> values(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::value).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String arrayLiteral(Set<ApiScope> scopes) {
        // scope values are fixed identifiers (letters and ':'), safe inside an array literal
        return values(scopes).stream().collect(Collectors.joining(",", "{", "}"));
    }

    private static ApiKey map(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("scopes");
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream((String[]) array.getArray()).map(ApiScope::parse).flatMap(Optional::stream).forEach(scopes::add);
        return new ApiKey(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("key_prefix"), scopes,
                rs.getString("created_by"), instant(rs.getTimestamp("created_at")), rs.getString("revoked_by"),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
