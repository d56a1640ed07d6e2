package io.clearline.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security wraps each of its ~15 filters, each authentication and each authorization in a
 * Micrometer observation when an observation registry exists (actuator). Measured with JFR under load
 * on the classification API: ~15% of request CPU went to those observations (timer lookups, tag
 * sorting). The per-request {@code http.server.requests} metric stays; these inner ones are off.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
