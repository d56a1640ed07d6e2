package io.clearline.app.mailbox;

import io.clearline.app.database.DatabaseKind;
import io.clearline.extraction.documents.MessageIntake;
import io.clearline.extraction.mailbox.MailboxIntake;
import io.clearline.extraction.mailbox.MailboxLedger;
import io.clearline.extraction.mailbox.MailboxPoller;
import io.clearline.extraction.mailbox.MailboxProperties;
import io.clearline.extraction.mailbox.MailboxStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Which mailbox the service reads: a configured IMAP server ({@code clearline.mailbox.host}); else, on
 * the embedded database, the in-process GreenMail; else none. {@code clearline.mailbox.enabled=false}
 * turns it off either way.
 */
@Configuration(proxyBeanMethods = false)
class MailboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailboxConfiguration.class);

    @Bean
    MailboxStatus mailboxStatus() {
        return new MailboxStatus();
    }

    @Bean
    MailboxLedger mailboxLedger(JdbcClient jdbc) {
        return new MailboxLedger(jdbc);
    }

    @Bean
    MailboxRunner mailboxRunner(MailboxProperties configured, DatabaseKind database, MessageIntake messages,
            MailboxLedger ledger, PlatformTransactionManager transactions, MailboxStatus status) {
        MailboxProperties settings = configured;
        EmbeddedMailbox embedded = null;
        if (Boolean.FALSE.equals(configured.enabled())) {
            log.info("Intake mailbox: off (clearline.mailbox.enabled=false)");
            return null;
        }
        if (!configured.hasHost()) {
            if (database != DatabaseKind.EMBEDDED) {
                log.info("Intake mailbox: off (no clearline.mailbox.host configured)");
                return null;
            }
            embedded = EmbeddedMailbox.start(configured.embedded());
            if (embedded == null) {
                return null;
            }
            settings = embedded.pollerSettings(configured);
        } else {
            log.info("Intake mailbox: reading {}@{}:{} folder {} ({})", settings.user(), settings.host(),
                    settings.port(), settings.folder(), settings.security());
        }
        MailboxIntake intake = new MailboxIntake(messages, ledger, transactions, "mailbox:" + settings.user());
        return new MailboxRunner(new MailboxPoller(settings, intake, status), embedded);
    }
}
