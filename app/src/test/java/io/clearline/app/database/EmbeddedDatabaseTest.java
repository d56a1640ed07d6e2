package io.clearline.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void dataSurvivesARestart() throws Exception {
        Path pgdata = folder.resolve("pgdata");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(pgdata, 0);
                Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), null);
                Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('still here')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(pgdata, 0);
                Connection c = DriverManager.getConnection(second.jdbcUrl(), second.username(), null);
                ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
            assertThat(second.dataDirectory()).isEqualTo(pgdata);
        }
    }
}
