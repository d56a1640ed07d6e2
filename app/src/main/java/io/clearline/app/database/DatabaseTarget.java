package io.clearline.app.database;

/**
 * The PostgreSQL the DataSource connects to. For the embedded kind it owns the running server and
 * stops it when the context closes (after the pool, which depends on it).
 */
final class DatabaseTarget implements AutoCloseable {

    /** Where the connection settings come from. */
    enum Source { EMBEDDED, SPRING_DATASOURCE, CLEARLINE_URL }

    private final DatabaseKind kind;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final EmbeddedDatabase embedded;

    private DatabaseTarget(DatabaseKind kind, String jdbcUrl, String username, String password, EmbeddedDatabase embedded) {
        this.kind = kind;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.embedded = embedded;
    }

    /**
     * In this order: {@code clearline.database.embedded=true} forces the embedded PostgreSQL; else
     * {@code spring.datasource.url} (what tests set); else {@code clearline.database.url}
     * ({@code CLEARLINE_DATABASE_URL}); else the embedded PostgreSQL, unless
     * {@code clearline.database.embedded=false}, which then is a configuration error.
     */
    static Source choose(DatabaseProperties database, String springUrl) {
        if (Boolean.TRUE.equals(database.embedded())) {
            return Source.EMBEDDED;
        }
        if (springUrl != null && !springUrl.isBlank()) {
            return Source.SPRING_DATASOURCE;
        }
        if (database.hasUrl()) {
            return Source.CLEARLINE_URL;
        }
        if (Boolean.FALSE.equals(database.embedded())) {
            throw new IllegalStateException("clearline.database.embedded=false but no database URL is configured: "
                    + "set CLEARLINE_DATABASE_URL (and _USER, _PASSWORD)");
        }
        return Source.EMBEDDED;
    }

    static DatabaseTarget external(String jdbcUrl, String username, String password) {
        return new DatabaseTarget(DatabaseKind.EXTERNAL, jdbcUrl, username, password, null);
    }

    static DatabaseTarget embedded(EmbeddedDatabase db) {
        return new DatabaseTarget(DatabaseKind.EMBEDDED, db.jdbcUrl(), db.username(), null, db);
    }

    DatabaseKind kind() {
        return kind;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
