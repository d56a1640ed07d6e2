package io.clearline.app.mailbox;

import io.clearline.extraction.mailbox.MailboxStatus;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Micrometer meters over {@link MailboxStatus}: clearline.mailbox.messages{outcome}, backlog, polls. */
@Component
class MailboxMetrics implements MeterBinder {

    private final MailboxStatus status;

    MailboxMetrics(MailboxStatus status) {
        this.status = status;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "stored", MailboxStatus::stored);
        counter(registry, "duplicate", MailboxStatus::duplicates);
        counter(registry, "failed", MailboxStatus::failed);
        Gauge.builder("clearline.mailbox.backlog", status, MailboxStatus::backlog)
                .description("messages waiting in the intake folder after the last poll").register(registry);
        FunctionTimer.builder("clearline.mailbox.poll", status, MailboxStatus::polls,
                        s -> s.pollTime().toNanos(), TimeUnit.NANOSECONDS)
                .description("successful polls of the intake mailbox and the time they took").register(registry);
        FunctionCounter.builder("clearline.mailbox.poll.errors", status, s -> s.pollErrors())
                .description("polls that failed (server unreachable, connection lost)").register(registry);
    }

    private void counter(MeterRegistry registry, String outcome, java.util.function.ToLongFunction<MailboxStatus> f) {
        FunctionCounter.builder("clearline.mailbox.messages", status, s -> f.applyAsLong(s))
                .tag("outcome", outcome).description("messages taken from the intake mailbox, by outcome")
                .register(registry);
    }
}
