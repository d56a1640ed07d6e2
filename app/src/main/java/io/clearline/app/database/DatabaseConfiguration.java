package io.clearline.app.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one DataSource, on the PostgreSQL that {@link DatabaseTarget#choose} picks. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DatabaseTarget databaseTarget(DatabaseProperties database, DataSourceProperties spring,
            ObjectProvider<EarlyEmbeddedDatabase.Startup> early) {
        return switch (DatabaseTarget.choose(database, spring.getUrl())) {
            case EMBEDDED -> DatabaseTarget.embedded(early.getIfAvailable(
                    () -> new EarlyEmbeddedDatabase.Startup(database)).await());
            case SPRING_DATASOURCE -> DatabaseTarget.external(spring.getUrl(), spring.getUsername(), spring.getPassword());
            case CLEARLINE_URL -> DatabaseTarget.external(database.url(), database.username(), database.password());
        };
    }

    @Bean
    DatabaseKind databaseKind(DatabaseTarget target) {
        return target.kind();
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseTarget target) {
        HikariDataSource ds = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(target.jdbcUrl()).username(target.username()).password(target.password()).build();
        ds.setPoolName("clearline");
        log.info("database: {} PostgreSQL at {}", target.kind().name().toLowerCase(), target.jdbcUrl());
        return ds;
    }
}
