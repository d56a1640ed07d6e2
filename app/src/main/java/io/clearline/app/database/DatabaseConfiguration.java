package io.clearline.app.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource, chosen in this order: {@code clearline.database.embedded=true} forces the
 * embedded PostgreSQL; else {@code spring.datasource.url} (what tests set); else
 * {@code clearline.database.url} ({@code CLEARLINE_DATABASE_URL}); else the embedded PostgreSQL,
 * unless {@code clearline.database.embedded=false}, which then is a configuration error.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DatabaseTarget databaseTarget(DatabaseProperties database, DataSourceProperties spring) {
        boolean springUrl = spring.getUrl() != null && !spring.getUrl().isBlank();
        if (Boolean.TRUE.equals(database.embedded())) {
            return DatabaseTarget.embedded(database);
        }
        if (springUrl) {
            return DatabaseTarget.external(spring.getUrl(), spring.getUsername(), spring.getPassword());
        }
        if (database.hasUrl()) {
            return DatabaseTarget.external(database.url(), database.username(), database.password());
        }
        if (Boolean.FALSE.equals(database.embedded())) {
            throw new IllegalStateException("clearline.database.embedded=false but no database URL is configured: "
                    + "set CLEARLINE_DATABASE_URL (and _USER, _PASSWORD)");
        }
        return DatabaseTarget.embedded(database);
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
