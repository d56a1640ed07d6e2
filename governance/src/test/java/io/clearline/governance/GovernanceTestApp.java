package io.clearline.governance;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The smallest application around the governance module: Boot's DataSource, Flyway and
 * transactions, plus the module's own auto-configuration. Deliberately not a
 * {@code @Configuration}, so component scans of {@code io.clearline} in other modules' tests
 * (this class ships in the test-jar) do not pick it up.
 */
@EnableAutoConfiguration
class GovernanceTestApp {

    static final String RECORD = "test.record";
    static final String UNRULED = "test.unruled";

    @Bean
    RecordingHandler recordingHandler(DataSource dataSource) {
        return new RecordingHandler(RECORD, dataSource);
    }

    @Bean
    RecordingHandler unruledHandler(DataSource dataSource) {
        return new RecordingHandler(UNRULED, dataSource);
    }
}
