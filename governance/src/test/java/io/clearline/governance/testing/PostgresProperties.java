package io.clearline.governance.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at {@link TestDatabase}: call from a {@code @DynamicPropertySource} method. */
public final class PostgresProperties {

    private PostgresProperties() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        register(registry, TestDatabase.get());
    }

    /** Points the context at a given database, e.g. one from {@link FreshDatabase}. */
    public static void register(DynamicPropertyRegistry registry, TestDatabase.Connection db) {
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("clearline.database.embedded", () -> "false");
    }
}
