package io.clearline.governance.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at {@link TestDatabase}: call from a {@code @DynamicPropertySource} method. */
public final class PostgresProperties {

    private PostgresProperties() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        TestDatabase.Connection db = TestDatabase.get();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("clearline.database.embedded", () -> "false");
    }
}
