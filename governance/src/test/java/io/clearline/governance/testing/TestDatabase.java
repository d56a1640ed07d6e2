package io.clearline.governance.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL that tests run against, one per test JVM: the URL in
 * {@code CLEARLINE_TEST_DB_URL} (with {@code _USER} / {@code _PASSWORD}) if set, else a
 * Testcontainers PostgreSQL where Docker is available, else an embedded PostgreSQL. Never H2.
 * The test log says which one ran.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static volatile Connection instance;

    /** How to reach the database. */
    public record Connection(String kind, String jdbcUrl, String username, String password) {
    }

    private TestDatabase() {
    }

    public static Connection get() {
        Connection c = instance;
        if (c == null) {
            synchronized (TestDatabase.class) {
                if (instance == null) {
                    instance = start();
                    log.info("tests run on PostgreSQL ({}): {}", instance.kind(), instance.jdbcUrl());
                }
                c = instance;
            }
        }
        return c;
    }

    private static Connection start() {
        String url = System.getenv("CLEARLINE_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection("external", url, env("CLEARLINE_TEST_DB_USER", "postgres"),
                    env("CLEARLINE_TEST_DB_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return new Connection("testcontainers", container.getJdbcUrl(), container.getUsername(),
                    container.getPassword());
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data folder goes with it
                }
            }));
            return new Connection("embedded", pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
