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

/** A real GreenMail (SMTP + IMAP) per test and a real PostgreSQL shared by all. */
abstract class MailboxFixture {


    static final String USER = "intake@clearline.local";
    static final String PASSWORD = "intake-secret";

    static PGSimpleDataSource dataSource;
    static JdbcClient jdbc;

    GreenMail mail;
    final List<Object> events = Collections.synchronizedList(new ArrayList<>());
    final MailboxStatus status = new MailboxStatus();

    @BeforeAll
    static void migrate() {
        TestDatabase.Connection db = TestDatabase.get();
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(db.jdbcUrl());
        dataSource.setUser(db.username());
        dataSource.setPassword(db.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @BeforeEach
    void startMail() {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", "smtp"),
                new ServerSetup(0, "127.0.0.1", "imap")});
        mail.start();
        mail.setUser(USER, USER, PASSWORD);
    }

    @AfterEach
    void stopMail() {
        mail.stop();
    }

    MailboxProperties settings(MailboxProperties.AfterProcessing after) {
        return new MailboxProperties(true, "127.0.0.1", mail.getImap().getPort(), USER, PASSWORD, null, null, null, null,
                after, Duration.ofMillis(200), true, Duration.ofSeconds(60), null, null);
    }

    MailboxPoller poller(DocumentsProperties limits, MailboxProperties.AfterProcessing after) {
        DataSourceTransactionManager tx = new DataSourceTransactionManager(dataSource);
        DocumentIntake documents = new DocumentIntake(new RawDocuments(jdbc), limits, tx, events::add);
        MessageIntake messages = new MessageIntake(documents, new EmailMessages(jdbc), limits, tx, events::add);
        return new MailboxPoller(settings(after), new MailboxIntake(messages, new MailboxLedger(jdbc), tx,
                "mailbox:" + USER), status);
    }

    MailboxPoller poller() {
        return poller(DocumentsProperties.defaults(), MailboxProperties.AfterProcessing.MOVE);
    }

    void send(MimeMessage m) throws Exception {
        Transport transport = Mails.SESSION.getTransport("smtp");
        transport.connect("127.0.0.1", mail.getSmtp().getPort(), null, null);
        try {
            transport.sendMessage(m, m.getAllRecipients());
        } finally {
            transport.close();
        }
    }

    void sendRaw(byte[] raw) throws Exception {
        Transport transport = Mails.SESSION.getTransport("smtp");
        transport.connect("127.0.0.1", mail.getSmtp().getPort(), null, null);
        try {
            transport.sendMessage(Mails.parse(raw), new jakarta.mail.Address[] {new jakarta.mail.internet.InternetAddress(USER)});
        } finally {
            transport.close();
        }
    }

    EmailMessages.EmailMessage record(String messageId) {
        return new EmailMessages(jdbc).find(messageDocument(messageId).id()).orElseThrow();
    }

    int count(String folder) throws Exception {
        Store store = mail.getImap().createStore();
        store.connect("127.0.0.1", mail.getImap().getPort(), USER, PASSWORD);
        try {
            Folder f = store.getFolder(folder);
            if (!f.exists()) {
                return 0;
            }
            f.open(Folder.READ_ONLY);
            int n = 0;
            for (Message m : f.getMessages()) {
                if (!m.isSet(jakarta.mail.Flags.Flag.DELETED)) {
                    n++;
                }
            }
            f.close(false);
            return n;
        } finally {
            store.close();
        }
    }

    RawDocument messageDocument(String messageId) {
        String key = "message-id:" + messageId;
        UUID id = jdbc.sql("select document_id from extraction.mailbox_message where dedup_key = ?").param(key)
                .query(UUID.class).single();
        return new RawDocuments(jdbc).find(new DocumentId(id)).orElseThrow();
    }

    List<RawDocument> children(DocumentId parent) {
        RawDocuments docs = new RawDocuments(jdbc);
        return jdbc.sql("select id from extraction.raw_document where parent_id = ? order by file_name")
                .param(parent.value()).query(UUID.class).list().stream()
                .map(u -> docs.find(new DocumentId(u)).orElseThrow()).toList();
    }

    static String id(MimeMessage m) throws Exception {
        String id = m.getMessageID();
        return id.substring(1, id.length() - 1);
    }

    static byte[] padded(byte[] pdf, int size) {
        byte[] out = new byte[size];
        System.arraycopy(pdf, 0, out, 0, pdf.length);
        java.util.Arrays.fill(out, pdf.length, size, (byte) ' ');
        return out;
    }

    static byte[] corpus(String relative) throws Exception {
        Path root = Path.of("../../shared/corpus");
        if (!Files.isDirectory(root)) {
            root = Path.of("/work/shared/corpus");
        }
        return Files.readAllBytes(root.resolve(relative));
    }
}
