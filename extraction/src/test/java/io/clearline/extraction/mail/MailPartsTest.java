package io.clearline.extraction.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.extraction.TestPdfs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Attachments at depth: a forwarded message/rfc822 with a non-ASCII file name; an Outlook .msg. */
class MailPartsTest {

    @Test
    void aPdfWithANonAsciiNameInsideAForwardedMessageComesOutWithItsNameAndBytes() throws Exception {
        byte[] pdf = TestPdfs.pdf(List.of(List.of(TestPdfs.Text.at(50, 50, "PURCHASE ORDER"))));
        String inner = "From: kunde@example.de\r\nSubject: Bestellung\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"in\"\r\n\r\n"
                + "--in\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAnbei unsere Bestellung.\r\n"
                + "--in\r\nContent-Type: application/pdf\r\n"
                + "Content-Disposition: attachment; filename*=UTF-8''Bestellung_%C3%9Cbersicht.pdf\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(pdf)
                + "\r\n--in--\r\n";
        String outer = "From: csr@distributor.example\r\nSubject: Fwd: Bestellung\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"out\"\r\n\r\n"
                + "--out\r\nContent-Type: text/plain\r\n\r\nPlease book.\r\n"
                + "--out\r\nContent-Type: message/rfc822\r\n\r\n" + inner + "\r\n--out--\r\n";

        MailMessage mail = MailParts.split(outer.getBytes(StandardCharsets.UTF_8));

        assertThat(mail.attachments()).hasSize(1);
        Attachment a = mail.attachments().get(0);
        assertThat(a.name()).isEqualTo("Bestellung_Übersicht.pdf");
        assertThat(a.content()).isEqualTo(pdf);
        assertThat(a.depth()).isEqualTo(1);
    }

    @Test
    void anOutlookMsgGivesItsAttachment() throws Exception {
        Path fromModule = Path.of("../../shared/corpus/email/msgreader/TxtSampleEmailWithAttachment.msg")
                .toAbsolutePath().normalize();
        Path msg = Files.exists(fromModule) ? fromModule
                : Path.of("/work/shared/corpus/email/msgreader/TxtSampleEmailWithAttachment.msg");
        Assumptions.assumeTrue(Files.exists(msg), "corpus not present");

        MailMessage mail = MailParts.split(Files.readAllBytes(msg));

        assertThat(mail.attachments()).extracting(Attachment::name).contains("SampleAttachment.pdf");
        assertThat(mail.attachments().stream().filter(x -> x.name().equals("SampleAttachment.pdf")).findFirst()
                .orElseThrow().content()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }
}
