package io.clearline.extraction.mailbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** What the poller last saw; read by health and metrics. Thread-safe. */
public final class MailboxStatus {

    private final AtomicReference<Instant> lastPoll = new AtomicReference<>();
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<Instant> unreachableSince = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong pollNanos = new AtomicLong();
    private final AtomicLong pollErrors = new AtomicLong();

    void polled(Instant at, Duration took, long remaining) {
        lastPoll.set(at);
        lastSuccess.set(at);
        unreachableSince.set(null);
        lastError.set(null);
        backlog.set(remaining);
        polls.incrementAndGet();
        pollNanos.addAndGet(took.toNanos());
    }

    void pollFailed(Instant at, String error) {
        lastPoll.set(at);
        lastError.set(error);
        unreachableSince.compareAndSet(null, at);
        pollErrors.incrementAndGet();
    }

    void backlog(long remaining) {
        backlog.set(remaining);
    }

    void count(MailboxIntake.Outcome outcome) {
        if (outcome instanceof MailboxIntake.Outcome.Stored) {
            stored.incrementAndGet();
        } else if (outcome instanceof MailboxIntake.Outcome.Duplicate) {
            duplicates.incrementAndGet();
        } else {
            failed.incrementAndGet();
        }
    }

    public Instant lastPoll() { return lastPoll.get(); }
    public Instant lastSuccess() { return lastSuccess.get(); }
    /** When the server became unreachable (null while it answers). */
    public Instant unreachableSince() { return unreachableSince.get(); }
    public String lastError() { return lastError.get(); }
    /** Messages left in the folder after the last poll. */
    public long backlog() { return backlog.get(); }
    public long stored() { return stored.get(); }
    public long duplicates() { return duplicates.get(); }
    public long failed() { return failed.get(); }
    public long polls() { return polls.get(); }
    public long pollErrors() { return pollErrors.get(); }
    /** Total time spent in successful polls, for a mean poll duration. */
    public Duration pollTime() { return Duration.ofNanos(pollNanos.get()); }
}
