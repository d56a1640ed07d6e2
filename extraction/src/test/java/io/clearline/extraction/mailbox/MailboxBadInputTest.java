package io.clearline.extraction.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.clearline.extraction.documents.CustomerSource;
import io.clearline.extraction.documents.EmailMessages;
import io.clearline.extraction.documents.RawDocument;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bad inputs: each ends in a recorded outcome, nothing is lost, and intake goes on. */
class MailboxBadInputTest extends MailboxFixture {

    @Test
    void fiftyAttachmentsAreFiftyDocuments() throws Exception {
        MimeBodyPart[] parts = new MimeBodyPart[50];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Mails.file("po-%02d.pdf".formatted(i), "application/pdf", Mails.pdf());
        }
        MimeMessage many = Mails.message("bob.buyer@acme-stores.example", USER, "50 POs", "all of them", parts);
        send(many);

        try (MailboxPoller poller = poller()) {
            poller.pollOnce();
        }

        List<RawDocument> children = children(messageDocument(id(many)).id());
        assertThat(children).hasSize(50).extracting(RawDocument::fileName).contains("po-00.pdf", "po-49.pdf");
        assertThat(count("Processed")).isEqualTo(1);
    }

    @Test
    void nestedForwardsKeepTheInnermostSenderAsCustomerAndTheirPdf() throws Exception {
        MimeMessage original = Mails.message("Carla Customer <carla@buyer.example>", "sam@distributor.example", "PO 88",
                "our order", Mails.file("PO-88.pdf", "application/pdf", Mails.pdf()));
        MimeMessage colleague = Mails.message("sam@distributor.example", "rita.rep@distributor.example", "Fwd: PO 88",
                "for you", Mails.attachedMessage(original));
        MimeMessage forward = Mails.message("rita.rep@distributor.example", USER, "Fwd: Fwd: PO 88", "please enter",
                Mails.attachedMessage(colleague));
        send(forward);

        try (MailboxPoller poller = poller()) {
            poller.pollOnce();
        }

        EmailMessages.EmailMessage record = record(id(forward));
        assertThat(record.headers().sender().address()).isEqualTo("rita.rep@distributor.example");
        assertThat(record.headers().customer().address()).isEqualTo("carla@buyer.example");
        assertThat(record.headers().customerSource()).isEqualTo(CustomerSource.ATTACHED_MESSAGE);
        assertThat(children(messageDocument(id(forward)).id())).extracting(RawDocument::fileName).contains("PO-88.pdf");
    }

    @Test
    void outlookForwardInTheTextNamesTheCustomer() throws Exception {
        MimeMessage forward = Mails.message("rita.rep@distributor.example", USER, "FW: order", """
                FYI

                From: Dana Dealer [mailto:dana@dealer.example]
                Sent: Monday, November 23, 2026 9:15 AM
                To: Rita Rep
                Subject: order
                """, Mails.file("order.pdf", "application/pdf", Mails.pdf()));
        send(forward);

        try (MailboxPoller poller = poller()) {
            poller.pollOnce();
        }

        EmailMessages.EmailMessage record = record(id(forward));
        assertThat(record.headers().customer().address()).isEqualTo("dana@dealer.example");
        assertThat(record.headers().customer().name()).isEqualTo("Dana Dealer");
        assertThat(record.headers().customerSource()).isEqualTo(CustomerSource.OUTLOOK_FORWARD);
    }

    @Test
    void winmailDatIsUnpackedOrItsPartsAreRecorded() throws Exception {
        MimeMessage outlook = Mails.message("bob.buyer@acme-stores.example", USER, "TNEF", "see winmail.dat",
                Mails.file("winmail.dat", "application/ms-tnef", corpus("email/tika/testWINMAIL.dat")));
        send(outlook);

        try (MailboxPoller poller = poller()) {
            poller.pollOnce();
        }

        EmailMessages.EmailMessage record = record(id(outlook));
        assertThat(record.attachments() + record.refused().size()).isPositive();
        assertThat(children(messageDocument(id(outlook)).id())).hasSize(record.attachments());
        assertThat(count("Processed")).isEqualTo(1);
    }

    @Test
    void sMimeSignatureAndEncryptedBodyAreRecordedAsRefusedPartsAndThePdfIsStored() throws Exception {
        MimeMultipart signed = new MimeMultipart("signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256");
        MimeBodyPart content = new MimeBodyPart();
        MimeMultipart inner = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("signed PO attached");
        inner.addBodyPart(text);
        inner.addBodyPart(Mails.file("signed-po.pdf", "application/pdf", Mails.pdf()));
        content.setContent(inner);
        signed.addBodyPart(content);
        signed.addBodyPart(Mails.file("smime.p7s", "application/pkcs7-signature", der()));
        MimeMessage message = new MimeMessage(Mails.SESSION);
        message.setFrom("bob.buyer@acme-stores.example");
        message.setRecipients(MimeMessage.RecipientType.TO, USER);
        message.setSubject("signed");
        message.setContent(signed);
        message.saveChanges();
        MimeMessage encrypted = new MimeMessage(Mails.SESSION);
        encrypted.setFrom("bob.buyer@acme-stores.example");
        encrypted.setRecipients(MimeMessage.RecipientType.TO, USER);
        encrypted.setSubject("encrypted");
        encrypted.setContent(der(), "application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m");
        encrypted.setHeader("Content-Transfer-Encoding", "base64");
        encrypted.saveChanges();
        send(message);
        send(encrypted);

        try (MailboxPoller poller = poller()) {
            poller.pollOnce();
        }

        EmailMessages.EmailMessage signedRecord = record(id(message));
        assertThat(children(messageDocument(id(message)).id())).extracting(RawDocument::fileName)
                .containsExactly("signed-po.pdf");
        assertThat(signedRecord.refused()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("smime.p7s");
            assertThat(r.reason()).isNotBlank();
        });
        EmailMessages.EmailMessage encryptedRecord = record(id(encrypted));
        assertThat(encryptedRecord.attachments()).isZero();
        assertThat(encryptedRecord.refused().size() + (encryptedRecord.unreadable() == null ? 0 : 1)).isPositive();
        assertThat(count("INBOX")).isZero();
    }

    @Test
    void brokenMimeBoundariesAreKeptWithAnOutcome() throws Exception {
        String messageId = UUID.randomUUID() + "@broken.example";
        byte[] broken = ("From: bob.buyer@acme-stores.example\r\nTo: " + USER + "\r\nSubject: broken\r\n"
                + "Message-ID: <" + messageId + ">\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"never-closed\"\r\n\r\n"
                + "--never-closed\r\nContent-Type: text/plain\r\n\r\nPO 99 follows\r\n"
                + "--never-closed\r\nContent-Type: application/pdf; name=\"po-99.pdf\"\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"po-99.pdf\"\r\n\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString(Mails.pdf()) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        sendRaw(broken);
        sendRaw(corpus("email/php-mime-mail-parser/failure.eml"));

        try (MailboxPoller poller = poller()) {
            poller.pollOnce();
        }

        assertThat(count("INBOX")).isZero();
        assertThat(count("Processed") + count("Failed")).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from extraction.mailbox_message where status = 'STORED' or reason <> ''")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(children(messageDocument(messageId).id())).extracting(RawDocument::fileName).contains("po-99.pdf");
    }

    @Test
    void nonAsciiFileNamesAreDecoded() throws Exception {
        MimeMessage po = Mails.message("bob.buyer@acme-stores.example", USER, "Bestellung Müller", "anbei",
                Mails.file("Bestellung Müller – Nr. 5 Ω.pdf", "application/pdf", Mails.pdf()));
        send(po);
        sendRaw(corpus("email/mikel-mail/attachment_emails/attachment_nonascii_filename.eml"));

        try (MailboxPoller poller = poller()) {
            poller.pollOnce();
        }

        assertThat(children(messageDocument(id(po)).id())).extracting(RawDocument::fileName)
                .containsExactly("Bestellung Müller – Nr. 5 Ω.pdf");
        assertThat(count("Processed")).isEqualTo(2);
    }

    @Test
    void aFortyMegabyteAttachmentOverTheLimitIsRecordedAndTheRestStored() throws Exception {
        byte[] huge = MailboxFixture.padded(Mails.pdf(), 40 * 1024 * 1024);
        MimeMessage big = Mails.message("bob.buyer@acme-stores.example", USER, "big scan", "two files",
                Mails.file("scan-40mb.pdf", "application/pdf", huge), Mails.file("po-small.pdf", "application/pdf", Mails.pdf()));
        send(big);

        try (MailboxPoller poller = poller()) {
            poller.pollOnce();
        }

        EmailMessages.EmailMessage record = record(id(big));
        assertThat(children(messageDocument(id(big)).id())).extracting(RawDocument::fileName).containsExactly("po-small.pdf");
        assertThat(record.refused()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("scan-40mb.pdf");
            assertThat(r.size()).isEqualTo(huge.length);
            assertThat(r.reason()).contains("limit is 26214400 bytes");
        });
        assertThat(count("Processed")).isEqualTo(1);
    }

    @Test
    void theServerGoingAwayIsReportedAndIntakeResumesWhenItIsBack() throws Exception {
        int smtp = mail.getSmtp().getPort();
        int imap = mail.getImap().getPort();
        MailboxPoller poller = poller();
        Thread loop = new Thread(poller, "test-poller");
        loop.start();
        try {
            await(() -> status.polls() >= 1);
            mail.stop();
            await(() -> status.unreachableSince() != null);
            assertThat(status.lastError()).isNotBlank();

            mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtp, "127.0.0.1", "smtp"),
                    new ServerSetup(imap, "127.0.0.1", "imap")});
            mail.start();
            mail.setUser(USER, USER, PASSWORD);
            MimeMessage po = Mails.message("bob.buyer@acme-stores.example", USER, "after outage", "po",
                    Mails.file("po-back.pdf", "application/pdf", Mails.pdf()));
            send(po);

            await(() -> status.stored() >= 1 && status.unreachableSince() == null);
            assertThat(children(messageDocument(id(po)).id())).hasSize(1);
        } finally {
            poller.close();
            loop.join(10_000);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(50);
        }
    }

    /** Some DER-looking bytes (a SEQUENCE); enough for a part that is a signature or an envelope. */
    private static byte[] der() {
        byte[] b = new byte[300];
        b[0] = 0x30;
        b[1] = (byte) 0x82;
        b[2] = 0x01;
        b[3] = 0x28;
        byte[] u = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(u, 0, b, 10, u.length);
        return b;
    }
}
