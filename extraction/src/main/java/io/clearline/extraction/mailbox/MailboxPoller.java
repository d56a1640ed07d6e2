package io.clearline.extraction.mailbox;

import io.clearline.extraction.documents.MimeMessages;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the intake mailbox: fetch → store ({@link MailboxIntake}, idempotent) → move to the
 * processed folder (or flag). Delivery is at-least-once: a message leaves the folder only after its
 * store committed, so a crash between fetch and store, or between store and move, finds it again on
 * restart and the ledger keeps it from being stored twice. A message that cannot be stored goes to
 * the failed folder with its reason in the ledger; nothing is deleted before it is in another folder.
 * Messages are taken in batches of {@value #BATCH}: one FETCH, one transaction, one MOVE per batch.
 * Between polls it waits with IMAP IDLE when the server supports it, else sleeps.
 */
public class MailboxPoller implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    /** The keyword FLAG mode sets, so a flagged message is not taken again. */
    static final String PROCESSED_KEYWORD = "ClearlineProcessed";
    static final String FAILED_KEYWORD = "ClearlineFailed";
    /** Messages per FETCH, transaction and MOVE: round trips and commits are paid once per batch. */
    static final int BATCH = 50;
    private static final FetchProfile PREFETCH = new FetchProfile();

    static {
        MimeMessages.nameStreamProvider(); // before the first IMAP fetch parses a message
        PREFETCH.add(UIDFolder.FetchProfileItem.UID);
        PREFETCH.add(FetchProfile.Item.ENVELOPE);
        PREFETCH.add(FetchProfile.Item.SIZE);
        // the whole message in the same FETCH (BODY.PEEK[]): writeTo then needs no further round trip
        PREFETCH.add(IMAPFolder.FetchProfileItem.MESSAGE);
    }

    private final MailboxProperties settings;
    private final MailboxIntake intake;
    private final MailboxStatus status;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService idleWaker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mailbox-idle-waker");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean running = true;
    private volatile Store store;

    public MailboxPoller(MailboxProperties settings, MailboxIntake intake, MailboxStatus status) {
        this.settings = settings;
        this.intake = intake;
        this.status = status;
    }

    /** Polls until {@link #close()}: each round takes every waiting message, then waits (IDLE or sleep). */
    @Override
    public void run() {
        while (running) {
            Folder inbox = null;
            try {
                inbox = pollOnce();
            } catch (MessagingException | RuntimeException e) {
                String why = e.getClass().getSimpleName() + ": " + e.getMessage();
                status.pollFailed(clock.instant(), why);
                log.warn("mailbox {}@{}: poll failed, retrying in {}: {}", settings.user(), settings.host(),
                        settings.pollInterval(), why);
                disconnect();
            }
            waitForMail(inbox);
        }
        disconnect();
    }

    /**
     * One round: connects if needed, takes every message waiting in the folder, and leaves the folder
     * open (for IDLE).
     *
     * @return the open folder
     */
    public Folder pollOnce() throws MessagingException {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        Store s = connected();
        Folder inbox = s.getFolder(settings.folder());
        if (!inbox.isOpen()) {
            inbox.open(Folder.READ_WRITE);
        }
        Folder processed = ensure(s, settings.processedFolder());
        Folder failed = ensure(s, settings.failedFolder());
        int taken = 0;
        Message[] waiting = waiting(inbox);
        for (int from = 0; from < waiting.length && running; from += BATCH) {
            Message[] batch = Arrays.copyOfRange(waiting, from, Math.min(waiting.length, from + BATCH));
            take(inbox, batch, processed, failed);
            taken += batch.length;
        }
        if (taken > 0 && settings.afterProcessing() == MailboxProperties.AfterProcessing.MOVE) {
            inbox.expunge();
        }
        long left = waiting(inbox).length;
        status.polled(start, Duration.ofNanos(System.nanoTime() - t0), left);
        if (taken > 0) {
            log.info("mailbox {}@{}: {} messages taken in {} ms, {} waiting", settings.user(), settings.host(), taken,
                    (System.nanoTime() - t0) / 1_000_000, left);
        }
        return inbox;
    }

    /**
     * One batch: one FETCH for all its messages (UID, envelope and the whole message), one transaction
     * for storing them, then one MOVE (or COPY + \Deleted, or STORE of the keyword) per target folder
     * for the whole set, after the commit.
     */
    private void take(Folder inbox, Message[] batch, Folder processed, Folder failed) throws MessagingException {
        long t0 = System.nanoTime();
        inbox.fetch(batch, PREFETCH);
        List<byte[]> raws = new ArrayList<>(batch.length);
        for (Message m : batch) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, m.getSize()));
                m.writeTo(out);
                raws.add(out.toByteArray());
            } catch (IOException e) {
                throw new MessagingException("could not read message " + m.getMessageNumber(), e);
            }
        }
        long t1 = System.nanoTime();
        List<MailboxIntake.Outcome> outcomes = intake.takeAll(raws, settings.folder());
        long t2 = System.nanoTime();
        List<Message> good = new ArrayList<>(batch.length);
        List<Message> bad = new ArrayList<>();
        for (int i = 0; i < batch.length; i++) {
            MailboxIntake.Outcome outcome = outcomes.get(i);
            status.count(outcome);
            boolean ok = !(outcome instanceof MailboxIntake.Outcome.Failed) && !(outcome
                    instanceof MailboxIntake.Outcome.Duplicate d && d.earlier().status() == MailboxLedger.Status.FAILED);
            if (outcome instanceof MailboxIntake.Outcome.Failed f) {
                log.warn("mailbox: message {} failed, moved to {}: {}", MailboxIntake.messageId(raws.get(i)),
                        settings.failedFolder(), f.reason());
            }
            (ok ? good : bad).add(batch[i]);
        }
        settle(good.toArray(Message[]::new), processed, PROCESSED_KEYWORD);
        settle(bad.toArray(Message[]::new), failed, FAILED_KEYWORD);
        // where a batch's time goes, for tuning: IMAP fetch, parse + store, IMAP move
        log.info("mailbox: batch of {}: fetch {} ms, store {} ms, settle {} ms", batch.length, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
    }

    /**
     * Moves (IMAP MOVE where the server has it; else copy, then mark deleted, expunged after the
     * round) or flags the messages, one command for the set.
     */
    private void settle(Message[] ms, Folder target, String keyword) throws MessagingException {
        if (ms.length == 0) {
            return;
        }
        Folder from = ms[0].getFolder();
        if (settings.afterProcessing() == MailboxProperties.AfterProcessing.MOVE) {
            if (from instanceof IMAPFolder imap && store instanceof IMAPStore s && s.hasCapability("MOVE")) {
                imap.moveMessages(ms, target);
                return;
            }
            from.copyMessages(ms, target);
            from.setFlags(ms, new Flags(Flags.Flag.DELETED), true);
        } else {
            Flags flags = new Flags(Flags.Flag.SEEN);
            flags.add(keyword);
            from.setFlags(ms, flags, true);
        }
    }

    /** Messages not yet settled: not marked deleted (moved) and not carrying a keyword (flag mode). */
    private Message[] waiting(Folder inbox) throws MessagingException {
        Flags settled = new Flags(Flags.Flag.DELETED);
        Message[] open = inbox.search(new FlagTerm(settled, false));
        if (settings.afterProcessing() == MailboxProperties.AfterProcessing.MOVE) {
            return open;
        }
        FetchProfile flags = new FetchProfile();
        flags.add(FetchProfile.Item.FLAGS);
        inbox.fetch(open, flags); // one FETCH for all flags, not one per message
        return Arrays.stream(open).filter(m -> {
            try {
                Flags f = m.getFlags();
                return !f.contains(PROCESSED_KEYWORD) && !f.contains(FAILED_KEYWORD);
            } catch (MessagingException e) {
                return true;
            }
        }).toArray(Message[]::new);
    }

    private Folder ensure(Store s, String name) throws MessagingException {
        Folder f = s.getFolder(name);
        if (!f.exists() && !f.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("could not create folder " + name);
        }
        return f;
    }

    private Store connected() throws MessagingException {
        Store s = store;
        if (s != null && s.isConnected()) {
            return s;
        }
        boolean tls = settings.security() == MailboxProperties.Security.TLS;
        String protocol = tls ? "imaps" : "imap";
        Properties p = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        p.put("mail." + protocol + ".connectiontimeout", timeout);
        p.put("mail." + protocol + ".timeout", timeout);
        p.put("mail." + protocol + ".writetimeout", timeout);
        // one FETCH per message instead of 16 KB slices: a 50 MB message is one round trip, not 3,000
        p.put("mail." + protocol + ".partialfetch", "false");
        if (settings.security() == MailboxProperties.Security.STARTTLS) {
            p.put("mail.imap.starttls.enable", "true");
            p.put("mail.imap.starttls.required", "true");
        }
        if (tls || settings.security() == MailboxProperties.Security.STARTTLS) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        s = Session.getInstance(p).getStore(protocol);
        s.connect(settings.host(), settings.effectivePort(), settings.user(), settings.password());
        store = s;
        return s;
    }

    /** IDLE until something arrives or the poll interval passes; a plain sleep when IDLE is not possible. */
    private void waitForMail(Folder inbox) {
        if (!running) {
            return;
        }
        if (settings.idle() && inbox instanceof IMAPFolder imap && inbox.isOpen()
                && store instanceof IMAPStore s && supportsIdle(s)) {
            // another thread using the folder ends the IDLE: that is how the wait is bounded
            ScheduledFuture<?> wake = idleWaker.schedule(() -> noop(imap), settings.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                imap.idle(true);
                return;
            } catch (MessagingException | RuntimeException e) {
                log.debug("mailbox: IDLE ended: {}", e.toString());
                return;
            } finally {
                wake.cancel(false);
            }
        }
        sleep(settings.pollInterval());
    }

    private static boolean supportsIdle(IMAPStore s) {
        try {
            return s.hasCapability("IDLE");
        } catch (MessagingException e) {
            return false;
        }
    }

    private static void noop(IMAPFolder folder) {
        try {
            folder.doCommand(protocol -> {
                protocol.simpleCommand("NOOP", null);
                return null;
            });
        } catch (MessagingException | RuntimeException e) {
            // the next poll sees the broken connection
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void disconnect() {
        Store s = store;
        store = null;
        if (s != null) {
            try {
                s.close();
            } catch (MessagingException | RuntimeException e) {
                // already gone
            }
        }
    }

    /** Stops after the batch in hand; a message not yet moved is simply taken again next time. */
    @Override
    public void close() {
        running = false;
        idleWaker.shutdownNow();
        disconnect();
    }
}
