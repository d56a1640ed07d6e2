package io.clearline.app.mailbox;

import io.clearline.extraction.mailbox.MailboxProperties;
import io.clearline.extraction.mailbox.MailboxStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "mailbox": last poll, backlog and failures. UP while polls
 * succeed (or the server has been unreachable for less than {@code clearline.mailbox.down-after}),
 * DOWN after that; UNKNOWN when no mailbox is read (a service without a mailbox is not unhealthy, so the
 * overall status stays UP).
 */
@Component("mailbox")
class MailboxHealth implements HealthIndicator {

    private final MailboxStatus status;
    private final ObjectProvider<MailboxRunner> runner;
    private final MailboxProperties settings;
    private final Clock clock = Clock.systemUTC();

    MailboxHealth(MailboxStatus status, ObjectProvider<MailboxRunner> runner, MailboxProperties settings) {
        this.status = status;
        this.runner = runner;
        this.settings = settings;
    }

    @Override
    public Health health() {
        if (runner.getIfAvailable() == null) {
            return Health.unknown().withDetail("reason", "no mailbox configured").build();
        }
        Instant unreachable = status.unreachableSince();
        Health.Builder health = unreachable != null
                && Duration.between(unreachable, clock.instant()).compareTo(settings.downAfter()) > 0
                ? Health.down() : Health.up();
        if (status.lastPoll() != null) {
            health.withDetail("lastPoll", status.lastPoll().toString());
        }
        if (status.lastSuccess() != null) {
            health.withDetail("lastSuccessfulPoll", status.lastSuccess().toString());
        }
        if (unreachable != null) {
            health.withDetail("unreachableSince", unreachable.toString()).withDetail("lastError", status.lastError());
        }
        return health.withDetail("backlog", status.backlog()).withDetail("stored", status.stored())
                .withDetail("duplicates", status.duplicates()).withDetail("failed", status.failed()).build();
    }
}
