package io.clearline.eval.intake;

import io.clearline.eval.extraction.ExpectedPdfs;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * corpus_emails_attachments_found: every corpus e-mail whose expected file lists a PDF is delivered
 * to the mailbox over SMTP (.eml as it is; .msg and TNEF attached to a message, as Outlook forwards
 * them), and each expected PDF (by SHA-256 or SHA-1) must come out as an ATTACHMENT document.
 */
final class CorpusMailbox {

    record Expected(String message, String name, boolean found) {
    }

    record Result(int messages, List<Expected> expected) {

        Double share() {
            return expected.isEmpty() ? null
                    : Math.round(expected.stream().filter(Expected::found).count() * 10000.0 / expected.size()) / 10000.0;
        }
    }

    private CorpusMailbox() {
    }

    static Result run(MailboxRig rig, Path corpus) throws Exception {
        Path dir = corpus.resolve("email");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList();
        }
        JsonMapper json = JsonMapper.builder().build();
        List<String[]> wanted = new ArrayList<>();
        int sent = 0;
        for (Path file : files) {
            Path input = file.resolveSibling(file.getFileName().toString().replace(".expected.json", ""));
            if (!Files.exists(input)) {
                continue;
            }
            List<String[]> pdfs = ExpectedPdfs.of(json.readTree(Files.readString(file)));
            if (pdfs.isEmpty()) {
                continue;
            }
            byte[] raw = Files.readAllBytes(input);
            String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
            rig.send(name.endsWith(".msg") ? wrapped(rig, raw, name, "application/vnd.ms-outlook")
                    : name.endsWith(".tnef") || name.endsWith(".dat") ? wrapped(rig, raw, "winmail.dat", "application/ms-tnef")
                    : MailboxEval.parse(rig, raw));
            sent++;
            for (String[] p : pdfs) {
                wanted.add(new String[] {dir.relativize(input).toString(), p[0], p[1].toLowerCase(Locale.ROOT)});
            }
        }
        // done when the INBOX is empty (two corpus files may be one ledger row: same Message-ID)
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && rig.folderSize("INBOX") > 0) {
            Thread.sleep(200);
        }
        Set<String> hashes = new HashSet<>();
        for (byte[] content : rig.jdbc.sql("select content from extraction.raw_document where source = 'ATTACHMENT'")
                .query((rs, n) -> rs.getBytes(1)).list()) {
            hashes.add(ExpectedPdfs.hash("SHA-256", content));
            hashes.add(ExpectedPdfs.hash("SHA-1", content));
        }
        List<Expected> expected = wanted.stream().map(w -> new Expected(w[0], w[1], hashes.contains(w[2]))).toList();
        return new Result(sent, expected);
    }

    private static MimeMessage wrapped(MailboxRig rig, byte[] raw, String fileName, String type) throws Exception {
        MimeMessage m = new MimeMessage(rig.session);
        m.setFrom(new InternetAddress("rep@distributor.example"));
        m.setRecipients(MimeMessage.RecipientType.TO, MailboxRig.USER);
        m.setSubject("FW: " + fileName);
        MimeMultipart mixed = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("forwarded as attachment");
        mixed.addBodyPart(text);
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(raw, type)));
        file.setFileName(fileName);
        file.setHeader("Content-Transfer-Encoding", "base64");
        mixed.addBodyPart(file);
        m.setContent(mixed);
        m.saveChanges();
        return m;
    }

}
