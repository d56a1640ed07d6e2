package io.clearline.app.governance;

import io.clearline.governance.ActionGateway;
import io.clearline.governance.ActionProposal;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Finishes approved proposals whose dispatch a stopped process left undone: approval and execution
 * are separate transactions, so a crash between them must not leave an approved action unrun.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "clearline.governance.resume-stalled", havingValue = "true", matchIfMissing = true)
class StalledProposals {

    private static final Logger log = LoggerFactory.getLogger(StalledProposals.class);
    private static final Duration GRACE = Duration.ofMinutes(1);

    private final ActionGateway gateway;

    StalledProposals(ActionGateway gateway) {
        this.gateway = gateway;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT1M")
    void resume() {
        List<ActionProposal> resumed = gateway.resumeStalled(GRACE, 100);
        resumed.forEach(p -> log.info("resumed stalled proposal {} ({} on {}): {}", p.id(), p.kind(), p.subject(),
                p.status()));
    }
}
