package io.clearline.extraction.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.DocumentId;
import io.clearline.extraction.documents.DocumentIntake;
import io.clearline.extraction.documents.DocumentSource;
import io.clearline.extraction.documents.DocumentsProperties;
import io.clearline.extraction.documents.RawDocuments;
import io.clearline.extraction.documents.RawInput;
import io.clearline.governance.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** An attachment's sender is the From address of the e-mail it came in when no party name is known. */
class DocumentSendersTest {

    @Test
    void anAttachmentIsKeyedByItsMessagesSenderAndByTheExtractedNameFirst() throws IOException {
        TestDatabase.Connection db = TestDatabase.get();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(db.jdbcUrl());
        dataSource.setUser(db.username());
        dataSource.setPassword(db.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        RawDocuments documents = new RawDocuments(JdbcClient.create(dataSource));
        DocumentIntake intake = new DocumentIntake(documents, DocumentsProperties.defaults(),
                new DataSourceTransactionManager(dataSource), e -> { });
        byte[] eml = ("From: \"Jane Buyer\" <Jane@Contoso.example>\r\nTo: orders@clearline.example\r\n"
                + "Subject: order\r\nMessage-ID: <" + UUID.randomUUID() + "@contoso.example>\r\n"
                + "Content-Type: text/plain\r\n\r\nOur order is attached.\r\n").getBytes(StandardCharsets.US_ASCII);
        DocumentId message = intake.store(new RawInput(eml, "order.eml", DocumentSource.EMAIL, "mailbox", null))
                .document().id();
        byte[] pdf = SenderDocuments.first("CR-" + UUID.randomUUID().toString().substring(0, 6));
        DocumentId attachment = intake.store(new RawInput(pdf, "po.pdf", DocumentSource.ATTACHMENT, "mailbox", message))
                .document().id();
        DocumentId upload = intake.store(RawInput.upload(SenderDocuments.second("CR-" + UUID.randomUUID()
                .toString().substring(0, 6)), "po.pdf", "analyst")).document().id();
        DocumentSenders senders = new DocumentSenders(documents);

        assertThat(senders.keys(attachment, pdf, null)).containsExactly("mail:jane@contoso.example");
        assertThat(senders.keys(attachment, pdf, "Contoso Retail GmbH"))
                .containsExactly("name:contoso retail", "mail:jane@contoso.example");
        assertThat(senders.keys(message, eml, null)).containsExactly("mail:jane@contoso.example");
        assertThat(senders.keys(upload, pdf, null)).isEmpty();
    }
}
