package io.clearline.governance.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new, empty database on the {@link TestDatabase} server, for tests that must not share state
 * with others (e.g. one that deliberately breaks the audit chain). Needs the CREATEDB privilege,
 * which the embedded and Testcontainers databases have.
 */
public final class FreshDatabase {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?$");

    private FreshDatabase() {
    }

    /** Creates {@code <prefix>_<random>} and returns how to reach it. */
    public static TestDatabase.Connection create(String prefix) {
        TestDatabase.Connection server = TestDatabase.get();
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (var c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                var s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return new TestDatabase.Connection(server.kind(), withDatabase(server.jdbcUrl(), name), server.username(),
                server.password());
    }

    static String withDatabase(String jdbcUrl, String database) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }
}
