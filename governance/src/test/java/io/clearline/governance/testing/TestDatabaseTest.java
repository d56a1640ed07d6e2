package io.clearline.governance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void runsARealPostgresql() throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                var rs = c.createStatement().executeQuery("select version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("PostgreSQL");
        }
    }
}
