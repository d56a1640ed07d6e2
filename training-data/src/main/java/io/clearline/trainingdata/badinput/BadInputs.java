package io.clearline.trainingdata.badinput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Files that must end as a recorded failure, never a crash: empty, an executable renamed .pdf,
 * a truncated PDF, a password-protected PDF, a 300-page PDF, random bytes.
 */
public final class BadInputs {

    private BadInputs() {
    }

    /** File name → content. */
    public static Map<String, byte[]> all(long seed) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty.pdf", new byte[0]);
        files.put("program.exe.pdf", executable());
        byte[] valid = pdf(3, null);
        files.put("truncated.pdf", Arrays.copyOf(valid, valid.length / 2));
        files.put("encrypted.pdf", pdf(1, "secret"));
        files.put("three-hundred-pages.pdf", pdf(300, null));
        byte[] noise = new byte[4096];
        new Random(seed).nextBytes(noise);
        files.put("random-bytes.pdf", noise);
        return files;
    }

    private static byte[] executable() {
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    private static byte[] pdf(int pages, String password) {
        try (PDDocument document = new PDDocument()) {
            document.setDocumentId(1L);
            PDType1Font font = new PDType1Font(FontName.HELVETICA);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                    s.beginText();
                    s.setFont(font, 12);
                    s.newLineAtOffset(72, 700);
                    s.showText("INVOICE  Invoice No: 10" + i + "  Total: 12.50");
                    s.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
