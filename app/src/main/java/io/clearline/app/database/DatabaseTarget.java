package io.clearline.app.database;

/**
 * The PostgreSQL the DataSource connects to. For the embedded kind it owns the running server and
 * stops it when the context closes (after the pool, which depends on it).
 */
final class DatabaseTarget implements AutoCloseable {

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

    static DatabaseTarget external(String jdbcUrl, String username, String password) {
        return new DatabaseTarget(DatabaseKind.EXTERNAL, jdbcUrl, username, password, null);
    }

    static DatabaseTarget embedded(DatabaseProperties properties) {
        EmbeddedDatabase db = EmbeddedDatabase.start(properties.pgData(), properties.embeddedPort());
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
