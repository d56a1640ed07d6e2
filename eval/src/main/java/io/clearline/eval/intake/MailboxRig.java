package io.clearline.eval.intake;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the mailbox eval runs against: a GreenMail (SMTP + IMAP) and an embedded PostgreSQL in this
 * JVM, and the intake in a child JVM ({@link MailboxWorker}) that can be killed with SIGKILL.
 */
final class MailboxRig implements AutoCloseable {

    static final String USER = "intake@clearline.eval";
    private static final String PASSWORD = "eval";

    final Session session = Session.getInstance(new Properties());
    final GreenMail mail;
    final EmbeddedPostgres postgres;
    final JdbcClient jdbc;
    private final Path logs;
    private Process worker;
    private Transport transport;
    int starts;

    MailboxRig() throws IOException {
        logs = Files.createTempDirectory("clearline-mailbox-eval");
        postgres = EmbeddedPostgres.builder().setDataDirectory(logs.resolve("pg")).setCleanDataDirectory(true).start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration")
                .outOfOrder(true).load().migrate();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", "smtp"),
                new ServerSetup(0, "127.0.0.1", "imap")});
        mail.start();
        mail.setUser(USER, USER, PASSWORD);
    }

    void startWorker() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g"));
        // e.g. -XX:StartFlightRecording=... to see where the intake's time goes
        String options = System.getProperty("clearline.eval.mailbox.worker-options", "").trim();
        if (!options.isEmpty()) {
            cmd.addAll(List.of(options.split("\\s+")));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), MailboxWorker.class.getName(),
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                Integer.toString(mail.getImap().getPort()), USER, PASSWORD));
        starts++;
        worker = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve("worker-" + starts + ".log").toFile()).start();
    }

    /** SIGKILL: no shutdown hook, no finally block runs in the worker. */
    void killWorker() throws InterruptedException {
        if (worker != null) {
            worker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            worker = null;
        }
    }

    void send(MimeMessage m) throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            transport = session.getTransport("smtp");
            transport.connect("127.0.0.1", mail.getSmtp().getPort(), null, null);
        }
        transport.sendMessage(m, new Address[] {new InternetAddress(USER)});
    }

    long ledgerCount(String messageIdPrefix) {
        return jdbc.sql("select count(*) from extraction.mailbox_message where message_id like ?")
                .param(messageIdPrefix + "%").query(Long.class).single();
    }

    int folderSize(String name) throws MessagingException {
        Store store = mail.getImap().createStore();
        store.connect("127.0.0.1", mail.getImap().getPort(), USER, PASSWORD);
        try {
            Folder f = store.getFolder(name);
            return f.exists() ? f.getMessageCount() : 0;
        } finally {
            store.close();
        }
    }

    /** Waits until the ledger holds {@code expected} rows with the prefix, or nothing moved for {@code idleSeconds}. */
    long awaitLedger(String prefix, long expected, int idleSeconds) throws InterruptedException {
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long n = ledgerCount(prefix);
            if (n >= expected) {
                return n;
            }
            if (n != last) {
                last = n;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > TimeUnit.SECONDS.toNanos(idleSeconds)) {
                return n;
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws Exception {
        killWorker();
        if (transport != null) {
            transport.close();
        }
        mail.stop();
        postgres.close();
    }
}
