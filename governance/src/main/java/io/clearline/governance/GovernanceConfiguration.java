package io.clearline.governance;

import io.clearline.governance.note.AttachNoteHandler;
import io.clearline.governance.proposal.HandlerRegistry;
import io.clearline.governance.proposal.PayloadCodec;
import io.clearline.governance.proposal.ProposalRows;
import jakarta.validation.Validator;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the gateway, the policies and the audit log. Registered as auto-configuration
 * (META-INF/spring/...AutoConfiguration.imports), so it is active wherever this jar is on the
 * classpath and is not picked up a second time by the app's component scan. Other modules add
 * action kinds by declaring {@link ActionHandler} beans.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
// contexts without a database (e.g. other modules' slice tests) simply go without the gateway
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(GovernanceProperties.class)
public class GovernanceConfiguration {

    @Bean
    AuditLog auditLog(DataSource dataSource, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        return new AuditLog(dataSource, transactions, clock(clock));
    }

    @Bean
    Policies policies(DataSource dataSource, AuditLog audit, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        return new Policies(JdbcClient.create(dataSource), audit, events, transactions, clock(clock));
    }

    @Bean
    ActionGateway actionGateway(DataSource dataSource, ObjectProvider<ActionHandler<?>> handlers,
            ObjectProvider<JsonMapper> mapper, ObjectProvider<Validator> validator, Policies policies,
            AuditLog audit, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock) {
        PayloadCodec codec = new PayloadCodec(mapper.getIfAvailable(() -> JsonMapper.builder().build()),
                validator.getIfAvailable());
        return new ActionGateway(new ProposalRows(JdbcClient.create(dataSource),
                new NamedParameterJdbcTemplate(dataSource), codec),
                new HandlerRegistry(() -> handlers.orderedStream().toList()), codec, policies, audit, events,
                transactions, clock(clock));
    }

    @Bean
    Notes notes(DataSource dataSource) {
        return new Notes(JdbcClient.create(dataSource));
    }

    @Bean
    AttachNoteHandler attachNoteHandler(DataSource dataSource, ObjectProvider<Clock> clock) {
        return new AttachNoteHandler(JdbcClient.create(dataSource), clock(clock));
    }

    /** Stores configured default policies once every bean (and so Flyway) is ready. */
    @Bean
    SmartInitializingSingleton governancePolicySeeder(Policies policies, GovernanceProperties properties) {
        return () -> policies.seed(properties.defaults());
    }

    private static Clock clock(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(Clock::systemUTC);
    }
}
