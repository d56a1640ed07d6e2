package io.clearline.app.mailbox;

import io.clearline.extraction.mailbox.MailboxPoller;
import org.springframework.context.SmartLifecycle;

/** Runs the poller on its own thread while the application runs; stops it (and the embedded server) on shutdown. */
final class MailboxRunner implements SmartLifecycle {

    private final MailboxPoller poller;
    private final EmbeddedMailbox embedded;
    private Thread thread;

    MailboxRunner(MailboxPoller poller, EmbeddedMailbox embedded) {
        this.poller = poller;
        this.embedded = embedded;
    }

    @Override
    public synchronized void start() {
        thread = new Thread(poller, "mailbox-poller");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        poller.close();
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
        if (embedded != null) {
            embedded.close();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    @Override
    public int getPhase() {
        // after the web server and the database are up; stopped before them
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}
