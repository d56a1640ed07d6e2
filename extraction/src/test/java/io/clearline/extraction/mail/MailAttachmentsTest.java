package io.clearline.extraction.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link MailParts#attachments} (the intake's path: no body text, no second detection) finds exactly
 * the files {@link MailParts#split} finds — same names, types, bytes and depth — on every e-mail of
 * the corpus, and still tells a damaged message from a readable one.
 */
class MailAttachmentsTest {

    @Test
    void everyCorpusEmailGivesTheSameAttachmentsBothWays() throws Exception {
        Path corpus = corpus();
        List<Path> mails;
        try (Stream<Path> walk = Files.walk(corpus)) {
            mails = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(eml|msg|tnef|dat)$"))
                    .sorted().toList();
        }
        assertThat(mails).hasSizeGreaterThan(40);
        int withFiles = 0;
        for (Path p : mails) {
            byte[] raw = Files.readAllBytes(p);
            String type = detect(raw);
            List<String> viaSplit;
            try {
                viaSplit = describe(MailParts.split(raw).attachments());
            } catch (IOException e) {
                assertThatThrownBy(() -> MailParts.attachments(raw, type)).as(p.toString()).isInstanceOf(IOException.class);
                continue;
            }
            List<String> viaAttachments = describe(MailParts.attachments(raw, type).attachments());
            assertThat(viaAttachments).as(p + " (" + type + ")").isEqualTo(viaSplit);
            withFiles += viaSplit.isEmpty() ? 0 : 1;
        }
        assertThat(withFiles).isGreaterThan(20);
    }

    @Test
    void aMessageWithOnlyBodyTextIsReadWithoutFilesAndWithoutError() throws Exception {
        byte[] text = ("From: a@example.com\r\nSubject: hi\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n"
                + "PO 4711, 3 pallets\r\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(MailParts.attachments(text, "message/rfc822").attachments()).isEmpty();
        assertThat(MailParts.split(text).body()).contains("PO 4711");
    }

    private static List<String> describe(List<Attachment> files) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return files.stream().map(a -> a.name() + " | " + a.mediaType() + " | " + a.depth() + " | "
                + HexFormat.of().formatHex(sha.digest(a.content()))).toList();
    }

    private static String detect(byte[] raw) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(raw)) {
            return TikaConfig.getDefaultConfig().getDetector().detect(in, new Metadata()).getBaseType().toString();
        }
    }

    private static Path corpus() {
        Path fromModule = Path.of("../../shared/corpus/email").toAbsolutePath().normalize();
        Path p = Files.isDirectory(fromModule) ? fromModule : Path.of("/work/shared/corpus/email");
        Assumptions.assumeTrue(Files.isDirectory(p), "corpus not present");
        return p;
    }
}
