package io.clearline.eval.intake;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.Random;

/**
 * The mailbox part of {@code ./clearline eval intake}: a kill -9 run (1,000 messages, the intake
 * killed with SIGKILL and restarted three times), a sustained-rate run, and the corpus e-mails, all
 * over real SMTP/IMAP (GreenMail) into a real PostgreSQL.
 */
final class MailboxEval {

    static final int KILL_RUN_MESSAGES = Integer.getInteger("clearline.eval.mailbox.messages", 1_000);
    static final int RATE_MESSAGES = Integer.getInteger("clearline.eval.mailbox.rate-messages", 500);

    private MailboxEval() {
    }

    static MailboxFigures measure(java.nio.file.Path corpus) throws Exception {
        try (MailboxRig rig = new MailboxRig()) {
            rig.startWorker();
            CorpusMailbox.Result corpusResult = CorpusMailbox.run(rig, corpus);
            rig.killWorker();
            // sustained rate: a backlog of messages waiting, then the intake started on it
            for (int i = 0; i < RATE_MESSAGES; i++) {
                rig.send(po(rig, "rate-" + i + "@clearline.eval", i));
            }
            rig.startWorker();
            long rated = rig.awaitLedger("rate-", RATE_MESSAGES, 120);
            OffsetDateTime[] span = rig.jdbc.sql("select min(first_seen) a, max(first_seen) b from "
                    + "extraction.mailbox_message where message_id like 'rate-%'").query((rs, n) -> new OffsetDateTime[] {
                            rs.getObject("a", OffsetDateTime.class), rs.getObject("b", OffsetDateTime.class)}).single();
            double seconds = Duration.between(span[0], span[1]).toNanos() / 1e9;
            Double rate = rated < 2 || seconds <= 0 ? null : Math.round((rated - 1) / seconds * 10) / 10.0;

            KillRun kill = killRun(rig);
            return new MailboxFigures(kill.lost, kill.duplicated, rate, corpusResult.share(), kill.kills,
                    kill.processed, rated, seconds, corpusResult, System.getProperty("os.arch"));
        }
    }

    record KillRun(long lost, long duplicated, int kills, int processed) {
    }

    private static KillRun killRun(MailboxRig rig) throws Exception {
        Thread sender = new Thread(() -> {
            try {
                for (int i = 0; i < KILL_RUN_MESSAGES; i++) {
                    rig.send(po(rig, "kill-" + i + "@clearline.eval", i));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }, "eval-sender");
        sender.start();
        int kills = 0;
        for (int threshold : new int[] {KILL_RUN_MESSAGES / 4, KILL_RUN_MESSAGES / 2, KILL_RUN_MESSAGES * 3 / 4}) {
            while (rig.ledgerCount("kill-") < threshold) {
                Thread.sleep(20);
            }
            rig.killWorker();
            kills++;
            rig.startWorker();
        }
        sender.join();
        rig.awaitLedger("kill-", KILL_RUN_MESSAGES, 120);
        rig.killWorker();
        long lost = rig.jdbc.sql("""
                select ? - count(distinct m.message_id) from extraction.email_message m
                where m.message_id like 'kill-%'
                  and exists (select 1 from extraction.raw_document a where a.parent_id = m.document_id
                              and a.media_type = 'application/pdf')""")
                .param(KILL_RUN_MESSAGES).query(Long.class).single();
        long duplicated = rig.jdbc.sql("""
                select (select count(*) from extraction.email_message where message_id like 'kill-%')
                     - (select count(distinct message_id) from extraction.email_message where message_id like 'kill-%')
                     + (select count(*) from extraction.mailbox_message where message_id like 'kill-%')
                     - (select count(distinct message_id) from extraction.mailbox_message where message_id like 'kill-%')""")
                .query(Long.class).single();
        return new KillRun(lost, duplicated, kills, rig.folderSize("Processed"));
    }

    /** A PO e-mail with one ~20 KB PDF, unique per message. */
    static MimeMessage po(MailboxRig rig, String messageId, int seed) throws MessagingException {
        MimeMessage m = new MimeMessage(rig.session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + messageId + ">");
            }
        };
        m.setFrom(new InternetAddress("buyer" + (seed % 37) + "@customer.example"));
        m.setRecipients(MimeMessage.RecipientType.TO, MailboxRig.USER);
        m.setSubject("PO " + (100000 + seed));
        MimeMultipart mixed = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Please find our purchase order attached.");
        mixed.addBodyPart(text);
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf(messageId, seed), "application/pdf")));
        pdf.setFileName("PO-" + (100000 + seed) + ".pdf");
        pdf.setHeader("Content-Transfer-Encoding", "base64");
        mixed.addBodyPart(pdf);
        m.setContent(mixed);
        m.saveChanges();
        return m;
    }

    private static byte[] pdf(String unique, int seed) {
        byte[] noise = new byte[20_000];
        new Random(seed).nextBytes(noise);
        byte[] head = ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n%" + unique + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
                + "4 0 obj<</Length 20000>>stream\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[head.length + noise.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(noise, 0, out, head.length, noise.length);
        System.arraycopy(tail, 0, out, head.length + noise.length, tail.length);
        return out;
    }

    static MimeMessage parse(MailboxRig rig, byte[] raw) throws MessagingException {
        return new MimeMessage(rig.session, new ByteArrayInputStream(raw));
    }
}
