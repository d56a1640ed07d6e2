package io.clearline.app.mailbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.clearline.extraction.mailbox.MailboxProperties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intake mailbox of the embedded default: an in-process GreenMail (SMTP + IMAP on localhost)
 * that anyone can send a PO to with a mail client or {@code curl --mail-rcpt}. Messages live in
 * memory: what is not yet taken when the service stops is lost, which is why the poller takes them
 * within moments and once more before shutdown. Production points at a real IMAP server.
 */
final class EmbeddedMailbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailbox.class);

    private final GreenMail server;
    private final MailboxProperties.Embedded settings;
    private final String password = UUID.randomUUID().toString();

    private EmbeddedMailbox(GreenMail server, MailboxProperties.Embedded settings) {
        this.server = server;
        this.settings = settings;
    }

    /** Starts it, or says why not and returns null (a port in use must not stop the service). */
    static EmbeddedMailbox start(MailboxProperties.Embedded settings) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(settings.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        try {
            server.start();
        } catch (RuntimeException e) {
            log.warn("Intake mailbox: could not start the embedded mail server on SMTP {} / IMAP {} ({}); "
                    + "set clearline.mailbox.embedded.smtp-port/imap-port or CLEARLINE_MAILBOX_HOST",
                    settings.smtpPort(), settings.imapPort(), e.getMessage());
            server.stop();
            return null;
        }
        EmbeddedMailbox mailbox = new EmbeddedMailbox(server, settings);
        server.setUser(settings.address(), settings.address(), mailbox.password);
        log.info("Intake mailbox: send POs to {} via SMTP localhost:{} (embedded; IMAP localhost:{})",
                settings.address(), server.getSmtp().getPort(), server.getImap().getPort());
        return mailbox;
    }

    /** The poller's settings: the given ones, pointed at this server. */
    MailboxProperties pollerSettings(MailboxProperties configured) {
        return configured.pointingAt("127.0.0.1", server.getImap().getPort(), settings.address(), password);
    }

    int smtpPort() {
        return server.getSmtp().getPort();
    }

    @Override
    public void close() {
        server.stop();
    }
}
