package io.clearline.extraction.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small inputs of known types, each unique unless asked otherwise, so tests never share rows. */
final class Samples {

    private Samples() {
    }

    /** A minimal well-formed one-page PDF; the comment makes its bytes (and SHA-256) unique. */
    static byte[] pdf() {
        String unique = UUID.randomUUID().toString();
        return ("%PDF-1.4\n%" + unique + "\n"
                + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The start of a Windows PE executable: DOS stub with {@code e_lfanew} pointing at "PE\0\0". */
    static byte[] exe() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3c] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        byte[] tail = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, b, 256, tail.length);
        return b;
    }

    static byte[] zip() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] text(String content) {
        return (content + "\n" + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
