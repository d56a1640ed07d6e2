package io.clearline.governance.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class FreshDatabaseTest {

    @Test
    void replacesOnlyTheDatabaseName() {
        assertThat(FreshDatabase.withDatabase("jdbc:postgresql://localhost:5432/postgres?user=postgres", "t_1"))
                .isEqualTo("jdbc:postgresql://localhost:5432/t_1?user=postgres");
        assertThat(FreshDatabase.withDatabase("jdbc:postgresql://db:5432/app", "t_2"))
                .isEqualTo("jdbc:postgresql://db:5432/t_2");
        assertThatThrownBy(() -> FreshDatabase.withDatabase("jdbc:h2:mem:x", "t")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void createsAnEmptyDatabase() throws Exception {
        TestDatabase.Connection db = FreshDatabase.create("fresh");
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                var rs = c.createStatement().executeQuery("select current_database(), "
                        + "(select count(*) from information_schema.tables where table_schema = 'governance')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("fresh_");
            assertThat(rs.getLong(2)).isZero();
        }
    }
}
