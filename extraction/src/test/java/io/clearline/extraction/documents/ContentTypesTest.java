package io.clearline.extraction.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    private final ContentTypes types = new ContentTypes(DocumentsProperties.DEFAULT_ACCEPTED_TYPES);

    @Test
    void detectsFromContentNotFromTheName() {
        assertThat(types.detect(Samples.pdf(), "scan.png")).hasToString("application/pdf");
        MediaType exe = types.detect(Samples.exe(), "invoice.pdf");
        assertThat(exe.toString()).isIn("application/x-msdownload", "application/x-dosexec");
        assertThat(types.isAccepted(exe)).isFalse();
        MediaType zip = types.detect(Samples.zip(), "remittance.csv");
        assertThat(zip).hasToString("application/zip");
        assertThat(types.isAccepted(zip)).isFalse();
    }

    @Test
    void theNameOnlyRefinesWhatTheContentAllows() {
        byte[] csv = Samples.text("invoice,amount\nINV-1,100.00");
        assertThat(types.detect(csv, "payments.csv")).hasToString("text/csv");
        assertThat(types.detect(csv, null)).hasToString("text/plain");
        assertThat(types.isAccepted(types.detect(csv, "payments.csv"))).isTrue();
    }

    @Test
    void aDeclaredTypeIsTakenOnlyWhenTheBytesConfirmIt() {
        assertThat(types.detect(Samples.pdf(), "po.pdf", "application/pdf")).hasToString("application/pdf");
        assertThat(types.detect(Samples.pdf(), "po.png", "image/png; name=po.png")).hasToString("application/pdf");
        MediaType exe = types.detect(Samples.exe(), "invoice.pdf", "application/pdf");
        assertThat(types.isAccepted(exe)).isFalse();
        assertThat(types.detect(Samples.zip(), "po.pdf", "application/pdf")).hasToString("application/zip");
        // text is refined by the name, as full detection does
        byte[] csv = Samples.text("invoice,amount\nINV-1,100.00");
        assertThat(types.detect(csv, "payments.csv", "text/plain")).hasToString("text/csv");
    }

    @Test
    void unknownBinaryIsNotAccepted() {
        byte[] noise = new byte[256];
        new java.util.Random(7).nextBytes(noise);
        MediaType t = types.detect(noise, "file.bin");
        assertThat(t).hasToString("application/octet-stream");
        assertThat(types.isAccepted(t)).isFalse();
    }

    /** Real third-party e-mails, PDFs, scans and bank/EDI files are all accepted. */
    @Test
    void acceptsTheRealInputsOfTheCorpus() throws IOException {
        Path corpus = corpus();
        Assumptions.assumeTrue(corpus != null, "corpus not present");
        List<String> extensions = List.of("pdf", "eml", "msg", "png", "jpg", "tif", "sta", "bai2", "edi", "xml");
        Map<String, String> rejected = new TreeMap<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> !corpus.relativize(f).startsWith("malformed"))
                    .filter(f -> extensions.contains(extension(f))).toList()) {
                byte[] content = Files.readAllBytes(f);
                if (content.length == 0) {
                    continue;
                }
                MediaType t = types.detect(content, f.getFileName().toString());
                // declaring the type full detection finds never changes the outcome
                assertThat(types.detect(content, f.getFileName().toString(), t.toString())).as(f.toString())
                        .isEqualTo(t);
                checked++;
                if (!types.isAccepted(t)) {
                    rejected.put(corpus.relativize(f).toString(), t.toString());
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        // content detection is not perfect on broken files (a mail whose first header is misspelt
        // reads as HTML); at most 1% of real inputs may be refused, and they are listed
        System.out.println("corpus: " + checked + " files checked, refused: " + rejected);
        assertThat(rejected.size()).isLessThanOrEqualTo(checked / 100);
    }

    private static String extension(Path f) {
        String n = f.getFileName().toString().toLowerCase();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }

    private static Path corpus() {
        for (Path p : List.of(Path.of("../../shared/corpus"), Path.of("/work/shared/corpus"))) {
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        return null;
    }
}
