package io.clearline.extraction.mailbox;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

/** Test messages built with Jakarta Mail; each PDF is unique so tests never share documents. */
final class Mails {

    static final Session SESSION = Session.getInstance(new Properties());

    private Mails() {
    }

    static byte[] pdf() {
        // the binary comment line real PDFs carry; it also makes mail clients encode it as base64
        return ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n%" + UUID.randomUUID() + "\n"
                + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static MimeMessage message(String from, String to, String subject, String text, MimeBodyPart... attachments) {
        try {
            MimeMessage m = new MimeMessage(SESSION);
            m.setFrom(new InternetAddress(from));
            m.setRecipients(MimeMessage.RecipientType.TO, to);
            m.setSubject(subject, "UTF-8");
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            mixed.addBodyPart(body);
            for (MimeBodyPart a : attachments) {
                mixed.addBodyPart(a);
            }
            m.setContent(mixed);
            m.saveChanges();
            return m;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeBodyPart file(String name, String type, byte[] content) {
        try {
            MimeBodyPart p = new MimeBodyPart();
            p.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
            p.setFileName(jakarta.mail.internet.MimeUtility.encodeText(name, "UTF-8", null));
            p.setDisposition(MimeBodyPart.ATTACHMENT);
            p.setHeader("Content-Transfer-Encoding", "base64");
            return p;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeBodyPart attachedMessage(MimeMessage inner) {
        try {
            MimeBodyPart p = new MimeBodyPart();
            p.setContent(inner, "message/rfc822");
            p.setDisposition(MimeBodyPart.ATTACHMENT);
            return p;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(MimeMessage m) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeMessage parse(byte[] raw) {
        try {
            return new MimeMessage(SESSION, new java.io.ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
