package io.clearline.governance;

import io.clearline.governance.testing.FreshDatabase;
import io.clearline.governance.testing.PostgresProperties;
import io.clearline.governance.testing.TestDatabase;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.RecordApplicationEvents;

/** One Spring context on its own database, shared by the gateway and policy tests. */
@SpringBootTest(classes = GovernanceTestApp.class,
        properties = "spring.flyway.locations=classpath:db/migration/governance")
@RecordApplicationEvents
abstract class GovernanceContextTest {

    private static final TestDatabase.Connection DB = FreshDatabase.create("governance");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresProperties.register(registry, DB);
    }

    @Autowired
    ActionGateway gateway;
    @Autowired
    Policies policies;
    @Autowired
    AuditLog audit;
    @Autowired
    Notes notes;
    @Autowired
    @Qualifier("recordingHandler")
    RecordingHandler recorder;
    @Autowired
    DataSource dataSource;

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    long rows(String table) {
        return jdbc().sql("select count(*) from governance." + table).query(Long.class).single();
    }

    static String unique(String prefix) {
        return prefix + ":" + UUID.randomUUID();
    }
}
