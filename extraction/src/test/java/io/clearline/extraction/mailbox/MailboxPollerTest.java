package io.clearline.extraction.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.clearline.core.DocumentId;
import io.clearline.extraction.documents.CustomerSource;
import io.clearline.extraction.documents.DocumentIntake;
import io.clearline.extraction.documents.DocumentSource;
import io.clearline.extraction.documents.DocumentsProperties;
import io.clearline.extraction.documents.EmailMessages;
import io.clearline.extraction.documents.MessageIntake;
import io.clearline.extraction.documents.RawDocument;
import io.clearline.extraction.documents.RawDocuments;
import io.clearline.governance.testing.TestDatabase;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.util.unit.DataSize;

/** The poller against a real GreenMail over SMTP and IMAP, storing into a real PostgreSQL. */
class MailboxPollerTest extends MailboxFixture {

    @Test
    void forwardedPoWithPdfIsStoredLinkedMovedAndAttributedToTheCustomer() throws Exception {
        byte[] pdf = Mails.pdf();
        MimeMessage forward = Mails.message("Rita Rep <rita.rep@distributor.example>", USER, "Fwd: PO 4711",
                """
                Please enter this order.

                ---------- Forwarded message ---------
                From: Bob Buyer <bob.buyer@acme-stores.example>
                Date: Mon, 23 Nov 2026 at 09:12
                Subject: PO 4711
                To: Rita Rep <rita.rep@distributor.example>

                Hi Rita, our PO is attached.
                """, Mails.file("PO-4711.pdf", "application/pdf", pdf));
        send(forward);

        try (MailboxPoller poller = poller()) {
            poller.pollOnce();
        }

        RawDocument message = messageDocument(id(forward));
        assertThat(message.source()).isEqualTo(DocumentSource.EMAIL);
        assertThat(message.mediaType()).isEqualTo("message/rfc822");
        List<RawDocument> attachments = children(message.id());
        assertThat(attachments).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo(DocumentSource.ATTACHMENT);
            assertThat(a.fileName()).isEqualTo("PO-4711.pdf");
            assertThat(a.mediaType()).isEqualTo("application/pdf");
        });
        assertThat(new RawDocuments(jdbc).content(attachments.get(0).id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
        EmailMessages.EmailMessage record = new EmailMessages(jdbc).find(message.id()).orElseThrow();
        assertThat(record.headers().sender().address()).isEqualTo("rita.rep@distributor.example");
        assertThat(record.headers().customer().address()).isEqualTo("bob.buyer@acme-stores.example");
        assertThat(record.headers().customer().name()).isEqualTo("Bob Buyer");
        assertThat(record.headers().customerSource()).isEqualTo(CustomerSource.GMAIL_FORWARD);
        assertThat(count("INBOX")).isZero();
        assertThat(count("Processed")).isEqualTo(1);
        assertThat(events).filteredOn(e -> e instanceof io.clearline.extraction.documents.MessageStored).hasSize(1);
        assertThat(status.stored()).isEqualTo(1);
        assertThat(status.backlog()).isZero();
    }

    @Test
    void theSameMessageDeliveredTwiceIsStoredOnce() throws Exception {
        MimeMessage po = Mails.message("bob.buyer@acme-stores.example", USER, "PO 4712", "PO attached.",
                Mails.file("PO-4712.pdf", "application/pdf", Mails.pdf()));
        send(po);
        send(po);
        long before = new RawDocuments(jdbc).count();

        try (MailboxPoller poller = poller()) {
            poller.pollOnce();
            send(po); // and once more after the first two were moved
            poller.pollOnce();
        }

        assertThat(new RawDocuments(jdbc).count()).isEqualTo(before + 2); // the message and its PDF
        assertThat(jdbc.sql("select deliveries from extraction.mailbox_message where dedup_key = ?")
                .param("message-id:" + id(po)).query(Integer.class).single()).isEqualTo(3);
        assertThat(count("Processed")).isEqualTo(3);
        assertThat(count("INBOX")).isZero();
        assertThat(status.duplicates()).isEqualTo(2);
    }

    @Test
    void aMessageThatCannotBeStoredGoesToTheFailedFolderWithItsReason() throws Exception {
        DocumentsProperties smallMessages = new DocumentsProperties(null, null, null, null, DataSize.ofKilobytes(64));
        MimeMessage big = Mails.message("bob.buyer@acme-stores.example", USER, "huge", "see attachment",
                Mails.file("scan.pdf", "application/pdf", padded(Mails.pdf(), 100_000)));
        MimeMessage fine = Mails.message("bob.buyer@acme-stores.example", USER, "small", "see attachment",
                Mails.file("po.pdf", "application/pdf", Mails.pdf()));
        send(big);
        send(fine);

        try (MailboxPoller poller = poller(smallMessages, MailboxProperties.AfterProcessing.MOVE)) {
            poller.pollOnce();
        }

        assertThat(count("Failed")).isEqualTo(1);
        assertThat(count("Processed")).isEqualTo(1);
        assertThat(count("INBOX")).isZero();
        assertThat(new MailboxLedger(jdbc).reasonFor(id(big))).hasValueSatisfying(r ->
                assertThat(r).startsWith("message refused: ").contains("limit is 65536 bytes"));
        assertThat(children(messageDocument(id(fine)).id())).hasSize(1);
        assertThat(status.failed()).isEqualTo(1);
    }

    @Test
    void flagModeLeavesMessagesInPlaceAndDoesNotTakeThemAgain() throws Exception {
        MimeMessage po = Mails.message("bob.buyer@acme-stores.example", USER, "PO flag", "PO attached.",
                Mails.file("PO-f.pdf", "application/pdf", Mails.pdf()));
        send(po);

        try (MailboxPoller poller = poller(DocumentsProperties.defaults(), MailboxProperties.AfterProcessing.FLAG)) {
            poller.pollOnce();
            poller.pollOnce();
        }

        assertThat(count("INBOX")).isEqualTo(1);
        assertThat(count("Processed")).isZero();
        assertThat(status.stored()).isEqualTo(1);
        assertThat(status.duplicates()).isZero();
        assertThat(children(messageDocument(id(po)).id())).hasSize(1);
    }

    @Test
    void aBadMessageInABatchGoesToFailedAndTheRestOfTheBatchIsStored() throws Exception {
        DocumentsProperties smallMessages = new DocumentsProperties(null, null, null, null, DataSize.ofKilobytes(64));
        List<MimeMessage> good = new ArrayList<>();
        MimeMessage bad = null;
        for (int i = 0; i < 7; i++) {
            if (i == 3) {
                bad = Mails.message("bob.buyer@acme-stores.example", USER, "huge", "see attachment",
                        Mails.file("scan.pdf", "application/pdf", padded(Mails.pdf(), 100_000)));
                send(bad);
            }
            MimeMessage po = Mails.message("bob.buyer@acme-stores.example", USER, "PO " + i, "see attachment",
                    Mails.file("po-" + i + ".pdf", "application/pdf", padded(Mails.pdf(), 2_000 + i)));
            good.add(po);
            send(po);
        }

        try (MailboxPoller poller = poller(smallMessages, MailboxProperties.AfterProcessing.MOVE)) {
            poller.pollOnce();
        }

        assertThat(count("INBOX")).isZero();
        assertThat(count("Failed")).isEqualTo(1);
        assertThat(count("Processed")).isEqualTo(7);
        assertThat(new MailboxLedger(jdbc).reasonFor(id(bad))).hasValueSatisfying(r ->
                assertThat(r).startsWith("message refused: "));
        for (MimeMessage po : good) {
            assertThat(children(messageDocument(id(po)).id())).singleElement()
                    .satisfies(d -> assertThat(d.mediaType()).isEqualTo("application/pdf"));
        }
        assertThat(status.stored()).isEqualTo(7);
        assertThat(status.failed()).isEqualTo(1);
    }
}
