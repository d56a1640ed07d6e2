package io.clearline.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When a PostgreSQL is already serving the embedded data folder (the service is running), an offline
 * command must use that server, not start a second one: the start would stop the running one as an
 * "orphan" and leave the service without its database. PostgreSQL's {@code postmaster.pid} names the
 * live server and its port; {@code spring.datasource.url} then points at it. (Were it a true orphan
 * of a killed JVM, using it is just as right: same folder, same data.)
 */
final class RunningEmbeddedDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (!usesEmbedded(env)) {
            return;
        }
        Path pgData = Path.of(env.getProperty("clearline.database.data-dir", ".clearline")).resolve("pgdata");
        port(pgData).ifPresent(port -> env.getPropertySources().addFirst(new MapPropertySource("running-embedded-database",
                Map.of("spring.datasource.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                        "spring.datasource.username", "postgres",
                        "spring.datasource.password", ""))));
    }

    private static boolean usesEmbedded(ConfigurableEnvironment env) {
        String embedded = env.getProperty("clearline.database.embedded", "");
        boolean hasUrl = !env.getProperty("clearline.database.url", "").isBlank();
        return env.getProperty("spring.datasource.url", "").isBlank() && !"false".equals(embedded)
                && (!hasUrl || "true".equals(embedded));
    }

    /** The port of a live PostgreSQL serving {@code pgData}, if there is one. */
    static Optional<Integer> port(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.US_ASCII) : List.of();
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            boolean live = ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                    .isPresent();
            return live ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // unreadable or partial pid file: let the normal start judge
        }
    }
}
