package io.clearline.extraction.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** winmail.dat whose files Outlook stored only as PR_ATTACH_DATA_OBJ (the corpus's MimeKit sample). */
class TnefTest {

    private static byte[] corpus(String relative) throws IOException {
        Path fromModule = Path.of("../../shared/corpus/email").toAbsolutePath().normalize();
        Path root = Files.isDirectory(fromModule) ? fromModule : Path.of("/work/shared/corpus/email");
        Assumptions.assumeTrue(Files.exists(root.resolve(relative)), "corpus not present");
        return Files.readAllBytes(root.resolve(relative));
    }

    @Test
    void filesStoredAsMapiAttachDataComeOutWithTheirNamesAndExactBytes() throws Exception {
        MailMessage mail = MailParts.split(corpus("mimekit-tnef/MAPI_ATTACH_DATA_OBJ.tnef"));

        assertThat(mail.attachments()).extracting(Attachment::name)
                .contains("VIA_Nytt_1402.doc", "VIA_Nytt_1402.pdf", "VIA_Nytt_14021.htm");
        Attachment pdf = mail.attachments().stream().filter(a -> a.name().endsWith(".pdf")).findFirst().orElseThrow();
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.content())))
                .isEqualTo("968c9c4a8a6a02ff9a6c4e2621d5f5d512593a30d57379f704c4274ead48d72e");
    }

    @Test
    void aTruncatedTnefStreamIsAClearFailure() throws IOException {
        byte[] whole = corpus("mimekit-tnef/MAPI_ATTACH_DATA_OBJ.tnef");
        byte[] truncated = java.util.Arrays.copyOf(whole, 300);
        assertThatThrownBy(() -> MailParts.split(truncated)).isInstanceOf(IOException.class);
    }
}
