package io.clearline.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseTargetTest {

    private static DatabaseProperties props(String url, Boolean embedded) {
        return new DatabaseProperties(url, "u", "p", embedded, Path.of("data"), 0);
    }

    @Test
    void embeddedIsTheDefaultWhenNoUrlIsGiven() {
        assertThat(DatabaseTarget.choose(props(null, null), null)).isEqualTo(DatabaseTarget.Source.EMBEDDED);
        assertThat(DatabaseTarget.choose(props("  ", null), "")).isEqualTo(DatabaseTarget.Source.EMBEDDED);
    }

    @Test
    void aClearlineUrlSelectsTheExternalDatabase() {
        assertThat(DatabaseTarget.choose(props("jdbc:postgresql://db/clearline", null), null))
                .isEqualTo(DatabaseTarget.Source.CLEARLINE_URL);
    }

    @Test
    void springDatasourceUrlWinsOverTheClearlineUrlAsTestsSetIt() {
        assertThat(DatabaseTarget.choose(props("jdbc:postgresql://db/clearline", false), "jdbc:postgresql://test/x"))
                .isEqualTo(DatabaseTarget.Source.SPRING_DATASOURCE);
    }

    @Test
    void embeddedTrueForcesTheEmbeddedDatabase() {
        assertThat(DatabaseTarget.choose(props("jdbc:postgresql://db/clearline", true), "jdbc:postgresql://test/x"))
                .isEqualTo(DatabaseTarget.Source.EMBEDDED);
    }

    @Test
    void embeddedFalseWithoutAnyUrlIsAConfigurationError() {
        assertThatThrownBy(() -> DatabaseTarget.choose(props(null, false), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CLEARLINE_DATABASE_URL");
    }
}
