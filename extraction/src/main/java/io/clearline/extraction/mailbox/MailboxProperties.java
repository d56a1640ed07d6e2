package io.clearline.extraction.mailbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The intake mailbox ({@code clearline.mailbox.*}); a property left out takes the default below.
 *
 * @param enabled          poll the mailbox; unset = on when a host is configured or the embedded mailbox runs
 * @param host             IMAP server; empty on the embedded default = the in-process GreenMail
 * @param port             IMAP port; 0 = the protocol's default (143, or 993 with TLS)
 * @param user             mailbox user
 * @param password         mailbox password (from the environment: CLEARLINE_MAILBOX_PASSWORD)
 * @param folder           the folder new messages arrive in, default INBOX
 * @param security         NONE, TLS (IMAPS) or STARTTLS (required, not opportunistic)
 * @param processedFolder  where a stored message is moved, default Processed (created if missing)
 * @param failedFolder     where a message that cannot be stored is moved, default Failed (never deleted)
 * @param afterProcessing  MOVE to the folders above, or FLAG in place (\Seen plus a keyword)
 * @param pollInterval     time between polls, and the longest IDLE wait, default 30s
 * @param idle             wait with IMAP IDLE between polls when the server supports it, default true
 * @param timeout          connect and read timeout, default 20s
 * @param downAfter        unreachable for this long = health DOWN, default 5m
 * @param embedded         the in-process mailbox of the embedded default
 */
@Validated
@ConfigurationProperties("clearline.mailbox")
public record MailboxProperties(
        Boolean enabled,
        String host,
        @Min(0) @Max(65535) int port,
        String user,
        String password,
        String folder,
        Security security,
        String processedFolder,
        String failedFolder,
        AfterProcessing afterProcessing,
        Duration pollInterval,
        Boolean idle,
        Duration timeout,
        Duration downAfter,
        @Valid Embedded embedded) {

    /** How the connection to the IMAP server is protected. */
    public enum Security { NONE, TLS, STARTTLS }

    /** What happens to a message in the mailbox once it is stored (or failed). */
    public enum AfterProcessing { MOVE, FLAG }

    /**
     * The in-process GreenMail of the embedded default.
     *
     * @param smtpPort where mail clients send to (localhost), default 3025
     * @param imapPort where the poller reads from (localhost), default 3143
     * @param address  the address to send POs to, default intake@clearline.local
     */
    public record Embedded(@Min(0) @Max(65535) int smtpPort, @Min(0) @Max(65535) int imapPort, String address) {

        public Embedded {
            smtpPort = smtpPort == 0 ? 3025 : smtpPort;
            imapPort = imapPort == 0 ? 3143 : imapPort;
            address = address == null || address.isBlank() ? "intake@clearline.local" : address;
        }
    }

    public MailboxProperties {
        folder = blank(folder) ? "INBOX" : folder;
        security = security == null ? Security.NONE : security;
        processedFolder = blank(processedFolder) ? "Processed" : processedFolder;
        failedFolder = blank(failedFolder) ? "Failed" : failedFolder;
        afterProcessing = afterProcessing == null ? AfterProcessing.MOVE : afterProcessing;
        pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
        idle = idle == null ? Boolean.TRUE : idle;
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
        downAfter = downAfter == null ? Duration.ofMinutes(5) : downAfter;
        embedded = embedded == null ? new Embedded(0, 0, null) : embedded;
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("clearline.mailbox.poll-interval must be positive");
        }
        if (Boolean.TRUE.equals(enabled) && blank(host)) {
            throw new IllegalArgumentException("clearline.mailbox.enabled=true needs clearline.mailbox.host");
        }
        if (!blank(host) && blank(user)) {
            throw new IllegalArgumentException("clearline.mailbox.host is set but clearline.mailbox.user is not");
        }
        if (folder.equals(processedFolder) || folder.equals(failedFolder)) {
            throw new IllegalArgumentException("clearline.mailbox: the processed and failed folders must differ from "
                    + folder);
        }
    }

    /** The embedded-default settings with an unset host; {@link #pointingAt} fills it in. */
    public static MailboxProperties defaults() {
        return new MailboxProperties(null, null, 0, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same settings, enabled, reading {@code user}'s mailbox at host:port without TLS. */
    public MailboxProperties pointingAt(String host, int port, String user, String password) {
        return new MailboxProperties(true, host, port, user, password, folder, Security.NONE, processedFolder,
                failedFolder, afterProcessing, pollInterval, idle, timeout, downAfter, embedded);
    }

    public boolean hasHost() {
        return !blank(host);
    }

    int effectivePort() {
        return port != 0 ? port : security == Security.TLS ? 993 : 143;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
