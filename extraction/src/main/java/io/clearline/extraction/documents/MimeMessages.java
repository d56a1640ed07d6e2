package io.clearline.extraction.documents;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;

/**
 * Parses an e-mail with Jakarta Mail once, for everything the intake reads from it (Message-ID,
 * sender, forwarded customer). Also names Jakarta Mail's stream provider once: without the system
 * property, Jakarta Mail 2.1 looks it up with a ServiceLoader scan of the whole classpath for every
 * header block and body part it parses (jakartaee/mail-api#699, #861) — measured with JFR as a fifth
 * of the mailbox intake's CPU. The provider named is the one that scan finds (Angus Mail's), so
 * nothing changes but the cost; a property already set is left alone.
 */
public final class MimeMessages {

    private static final String PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        nameStreamProvider();
    }

    static final Session SESSION = Session.getInstance(new Properties());

    private MimeMessages() {
    }

    /** Makes sure the stream provider is named (idempotent); call before the first Jakarta Mail use. */
    public static void nameStreamProvider() {
        if (System.getProperty(PROVIDER_PROPERTY) != null) {
            return;
        }
        try {
            Class.forName(ANGUS_PROVIDER, false, MimeMessages.class.getClassLoader());
            System.setProperty(PROVIDER_PROPERTY, ANGUS_PROVIDER);
        } catch (ClassNotFoundException e) {
            // another Jakarta Mail implementation: leave the lookup to it
        }
    }

    /** The message parsed (headers read, body kept as bytes; parts are read when asked for). */
    public static MimeMessage parse(byte[] raw) throws MessagingException {
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
    }

    /** The Message-ID header without angle brackets; null when absent, blank or unreadable. */
    public static String messageId(MimeMessage message) {
        if (message == null) {
            return null;
        }
        try {
            return withoutBrackets(message.getHeader("Message-ID", null));
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    static String withoutBrackets(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String t = id.trim();
        return t.startsWith("<") && t.endsWith(">") ? t.substring(1, t.length() - 1) : t;
    }
}
