package io.clearline.eval.intake;

import io.clearline.extraction.documents.DocumentIntake;
import io.clearline.extraction.documents.DocumentsProperties;
import io.clearline.extraction.documents.EmailMessages;
import io.clearline.extraction.documents.MessageIntake;
import io.clearline.extraction.documents.RawDocuments;
import io.clearline.extraction.mailbox.MailboxIntake;
import io.clearline.extraction.mailbox.MailboxLedger;
import io.clearline.extraction.mailbox.MailboxPoller;
import io.clearline.extraction.mailbox.MailboxProperties;
import io.clearline.extraction.mailbox.MailboxStatus;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The mailbox intake alone in a JVM of its own, wired as the service wires it (production
 * classes, real PostgreSQL, real IMAP), so the eval can kill it with SIGKILL mid-run.
 * Arguments: jdbcUrl user password imapPort mailboxUser mailboxPassword.
 */
public final class MailboxWorker {

    private MailboxWorker() {
    }

    public static void main(String[] args) {
        // one connection held open, as the service's pool does (a plain data source connects per statement)
        SingleConnectionDataSource db = new SingleConnectionDataSource(args[0], args[1], args[2], true);
        JdbcClient jdbc = JdbcClient.create(db);
        DataSourceTransactionManager tx = new DataSourceTransactionManager(db);
        DocumentsProperties limits = DocumentsProperties.defaults();
        DocumentIntake documents = new DocumentIntake(new RawDocuments(jdbc), limits, tx, event -> { });
        MessageIntake messages = new MessageIntake(documents, new EmailMessages(jdbc), limits, tx, event -> { });
        MailboxProperties settings = MailboxProperties.defaults().pointingAt("127.0.0.1", Integer.parseInt(args[3]),
                args[4], args[5]);
        settings = new MailboxProperties(true, settings.host(), settings.port(), settings.user(), settings.password(),
                null, null, null, null, null, Duration.ofMillis(500), true, Duration.ofSeconds(60), null, null);
        new MailboxPoller(settings, new MailboxIntake(messages, new MailboxLedger(jdbc), tx, "mailbox:" + args[4]),
                new MailboxStatus()).run();
    }
}
