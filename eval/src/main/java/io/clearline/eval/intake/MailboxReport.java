package io.clearline.eval.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Puts the mailbox figures into intake.json and a mailbox section into intake.md (written by the bank-file part first). */
final class MailboxReport {

    private MailboxReport() {
    }

    /** Measures the mailbox (see {@link MailboxEval}) and amends the report; the load average is stated with it. */
    static void run(Path dir, Path corpus) {
        try {
            double before = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            MailboxFigures figures = MailboxEval.measure(corpus);
            double after = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            amend(dir, figures, String.format(java.util.Locale.ROOT,
                    "on %d cores with a 1-minute load average of %.1f before and %.1f after the run (other builds shared the machine)",
                    Runtime.getRuntime().availableProcessors(), before, after));
        } catch (Exception e) {
            throw new IllegalStateException("mailbox evaluation failed: " + e.getMessage(), e);
        }
    }

    static void amend(Path dir, MailboxFigures f, String load) throws IOException {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Path jsonFile = dir.resolve("intake.json");
        Map<String, Object> figures = Files.exists(jsonFile)
                ? json.readValue(Files.readString(jsonFile), new TypeReference<LinkedHashMap<String, Object>>() { })
                : new LinkedHashMap<>();
        figures.put("mailbox_messages_lost", f.lost());
        figures.put("mailbox_messages_duplicated", f.duplicated());
        figures.put("mailbox_messages_per_second", f.messagesPerSecond());
        figures.put("corpus_emails_attachments_found", f.corpusAttachmentsFound());
        Files.writeString(jsonFile, json.writeValueAsString(figures) + "\n");

        String bankPart = Files.exists(dir.resolve("intake.md")) ? Files.readString(dir.resolve("intake.md")) : "";
        // the bank-file part's summary row says the mailbox keys are not measured; now they are
        StringBuilder md = new StringBuilder(bankPart.replace("| null | not measured yet in this run (`--no-mailbox`) |",
                "| see below | measured: section \"Intake mailbox\" |"));
        md.append("\n## Intake mailbox\n\n");
        md.append("A GreenMail (real SMTP + IMAP) and an embedded PostgreSQL run in the eval's JVM; the intake runs in a child JVM"
                + " (`MailboxWorker`: the production `MailboxPoller` → `MailboxIntake` → `MessageIntake` chain, wired as the"
                + " service wires it). Measured ").append(load).append(".\n\n");
        md.append("| key | value | goal | how |\n|---|---|---|---|\n");
        md.append("| `mailbox_messages_lost` | ").append(f.lost()).append(" | 0 | ").append(MailboxEval.KILL_RUN_MESSAGES)
                .append(" PO messages (one ~20 KB PDF each, unique Message-ID) sent over SMTP while the intake runs; it is killed with"
                        + " SIGKILL (`Process.destroyForcibly`) when the ledger reaches a quarter, half and three quarters of them and restarted each"
                        + " time (").append(f.kills()).append(" kills). Lost = messages without a stored e-mail document that has its PDF"
                        + " as child document. The Processed folder holds ").append(f.processedFolder()).append(" messages at the end. |\n");
        md.append("| `mailbox_messages_duplicated` | ").append(f.duplicated()).append(" | 0 | same run: e-mail documents and ledger"
                + " rows per Message-ID beyond the first |\n");
        md.append("| `mailbox_messages_per_second` | ").append(f.messagesPerSecond()).append(" | ≥ 50 | ").append(f.rateMessages())
                .append(" messages waiting in the INBOX, intake started on them; rate = (n − 1) / time between the first and the"
                        + " last ledger entry (").append(String.format(java.util.Locale.ROOT, "%.1f", f.rateSeconds()))
                .append(" s): fetch over IMAP, split, store message + PDF in PostgreSQL, move to Processed. No extraction. |\n");
        md.append("| `corpus_emails_attachments_found` | ").append(f.corpusAttachmentsFound()).append(" | 1.0 | ")
                .append(f.corpus().messages()).append(" corpus e-mails with expected PDFs sent through the mailbox (.msg and TNEF"
                        + " attached to a message, as Outlook forwards them); an expected PDF is found when a stored ATTACHMENT"
                        + " document has its SHA-256 or SHA-1 |\n\n");
        md.append("| corpus e-mail | expected PDF | stored |\n|---|---|---|\n");
        f.corpus().expected().forEach(e -> md.append("| ").append(e.message()).append(" | ").append(e.name()).append(" | ")
                .append(e.found() ? "yes" : "NO").append(" |\n"));
        Files.writeString(dir.resolve("intake.md"), md.toString());
    }
}
