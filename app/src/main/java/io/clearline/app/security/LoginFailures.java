package io.clearline.app.security;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** Turns Spring Security's failed-login events into the domain event {@link LoginFailed}. */
@Component
class LoginFailures {

    private static final Logger log = LoggerFactory.getLogger(LoginFailures.class);

    private final ApplicationEventPublisher events;

    LoginFailures(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        String username = failure.getAuthentication().getName();
        String reason = failure.getException().getClass().getSimpleName();
        log.info("login failed for '{}': {}", username, reason);
        events.publishEvent(new LoginFailed(username, reason, Instant.now()));
    }
}
