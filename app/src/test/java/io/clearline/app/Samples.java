package io.clearline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** Inputs for upload tests, unique per call so that a persistent test database never sees them twice by accident. */
final class Samples {

    private static final List<Path> REAL_PDF = List.of(
            Path.of("../../shared/corpus/invoices-po/invoice2data/AmazonWebServices.pdf"),
            Path.of("/work/shared/corpus/invoices-po/invoice2data/AmazonWebServices.pdf"));

    private Samples() {
    }

    /** A real third-party PDF when the corpus is present (else a minimal one), made unique by a trailing comment. */
    static byte[] pdf() {
        String unique = "\n%" + UUID.randomUUID() + "\n";
        for (Path p : REAL_PDF) {
            if (Files.isRegularFile(p)) {
                try {
                    byte[] real = Files.readAllBytes(p);
                    byte[] tail = unique.getBytes(StandardCharsets.US_ASCII);
                    byte[] out = new byte[real.length + tail.length];
                    System.arraycopy(real, 0, out, 0, real.length);
                    System.arraycopy(tail, 0, out, real.length, tail.length);
                    return out;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return ("%PDF-1.4" + unique + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The start of a Windows PE executable. */
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

    static byte[] csv() {
        return ("invoice,amount\nINV-" + UUID.randomUUID() + ",100.00\n").getBytes(StandardCharsets.UTF_8);
    }
}
