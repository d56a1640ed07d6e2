package io.clearline.trainingdata.badinput;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Files that must end as a recorded outcome, never a crash or a hang: empty, an executable renamed
 * .pdf, a truncated PDF, a password-protected PDF, a 300-page PDF, random bytes, a zip bomb, a
 * 20,000 × 20,000 px image, an e-mail forwarded 60 levels deep.
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
        files.put("zip-bomb.zip", zipBomb());
        files.put("huge-image.png", hugeImage());
        files.put("nested-60-deep.eml", nestedMail(60));
        return files;
    }

    /** 64 MB of zeros in a few kilobytes: reading must not inflate it. */
    private static byte[] zipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG whose header claims 20,000 × 20,000 pixels: decoding it would need 1.6 GB. */
    private static byte[] hugeImage() {
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(20_000)
                .putInt(20_000).put(new byte[] {8, 6, 0, 0, 0}).array();
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        png.putInt(13).put(ihdr).putInt((int) crc.getValue());
        png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return png.array();
    }

    /** A message forwarding a message forwarding a message..., {@code depth} levels deep. */
    private static byte[] nestedMail(int depth) {
        String mail = "From: a@example.com\r\nSubject: innermost\r\nContent-Type: text/plain\r\n\r\nPO Number: 1\r\n";
        for (int i = 0; i < depth; i++) {
            mail = "From: a@example.com\r\nSubject: Fwd " + i + "\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: multipart/mixed; boundary=\"b" + i + "\"\r\n\r\n--b" + i
                    + "\r\nContent-Type: text/plain\r\n\r\nsee below\r\n--b" + i
                    + "\r\nContent-Type: message/rfc822\r\n\r\n" + mail + "\r\n--b" + i + "--\r\n";
        }
        return mail.getBytes(StandardCharsets.US_ASCII);
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
