package io.clearline.app.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the data lives ({@code clearline.database.*}).
 *
 * @param url          JDBC URL of an external PostgreSQL ({@code CLEARLINE_DATABASE_URL}); empty = embedded
 * @param embedded     force the embedded PostgreSQL on (true) or off (false); unset = on when no URL is given
 * @param dataDir      the service's local folder ({@code CLEARLINE_DATA_DIR}); the embedded database keeps
 *                     its files in {@code dataDir/pgdata} between runs
 * @param embeddedPort port of the embedded PostgreSQL on localhost; 0 = any free port
 */
@Validated
@ConfigurationProperties("clearline.database")
public record DatabaseProperties(
        String url,
        String username,
        String password,
        Boolean embedded,
        @NotNull Path dataDir,
        @Min(0) @Max(65535) int embeddedPort) {

    public DatabaseProperties {
        dataDir = dataDir == null ? Path.of(".clearline") : dataDir;
    }

    boolean hasUrl() {
        return url != null && !url.isBlank();
    }

    Path pgData() {
        return dataDir.resolve("pgdata").toAbsolutePath().normalize();
    }
}
