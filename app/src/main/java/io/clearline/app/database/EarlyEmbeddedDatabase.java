package io.clearline.app.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL on its own thread as soon as the configuration is known, so that
 * it boots while Spring reads bean definitions (seconds that would otherwise add up). Registered by
 * {@code ClearlineApplication.main}; without it the database starts when the DataSource is built.
 */
public final class EarlyEmbeddedDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        Binder binder = Binder.get(env);
        DatabaseProperties database = binder.bind("clearline.database", DatabaseProperties.class)
                .orElseGet(() -> new DatabaseProperties(null, null, null, null, null, 0));
        String springUrl = env.getProperty("spring.datasource.url");
        if (DatabaseTarget.choose(database, springUrl) == DatabaseTarget.Source.EMBEDDED) {
            Startup startup = new Startup(CompletableFuture.supplyAsync(
                    () -> EmbeddedDatabase.start(database.pgData(), database.embeddedPort()),
                    task -> new Thread(task, "embedded-postgres-start").start()));
            context.getBeanFactory().registerSingleton("earlyEmbeddedDatabase", startup);
        }
    }

    /** An embedded PostgreSQL that is starting or started. */
    public static final class Startup {

        private final CompletableFuture<EmbeddedDatabase> database;

        Startup(CompletableFuture<EmbeddedDatabase> database) {
            this.database = database;
        }

        /** Starts it now, on the caller's thread. */
        Startup(DatabaseProperties properties) {
            this(CompletableFuture.completedFuture(EmbeddedDatabase.start(properties.pgData(), properties.embeddedPort())));
        }

        EmbeddedDatabase await() {
            try {
                return database.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
    }
}
