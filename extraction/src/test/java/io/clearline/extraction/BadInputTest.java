package io.clearline.extraction;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.clearline.extraction.doctype.TitleKeywordDetector;
import io.clearline.extraction.reading.TimeLimit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Bad input ends as FAILED with a reason, never as an exception or a hang. */
class BadInputTest {

    private static final Path MALFORMED = Path.of("/work/shared/corpus/malformed");

    private final DocumentExtractor extractor = new DocumentExtractor(
            ExtractionLimits.DEFAULT.withMaxPages(5).withTimeout(Duration.ofSeconds(20)), new TitleKeywordDetector());

    @Test
    void emptyFile() {
        assertFailed(new byte[0], "empty file");
    }

    @Test
    void executableRenamedPdf() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertFailed(exe, "not a document");
    }

    @Test
    void encryptedPdf() throws IOException {
        assertFailed(TestPdfs.pdf(List.of(List.of(at(50, 50, "INVOICE"))), "secret"), "encrypted");
    }

    @Test
    void tooManyPages() throws IOException {
        byte[] pdf = TestPdfs.pdf(Collections.nCopies(6, List.of(at(50, 50, "page"))));
        assertFailed(pdf, "too many pages: 6 (limit 5)");
    }

    @Test
    void truncatedPdf() throws IOException {
        byte[] pdf = TestPdfs.pdf(List.of(List.of(at(50, 50, "INVOICE No: 12345"))));
        ExtractionResult r = extractor.extract(Arrays.copyOf(pdf, 40));
        assertThat(r.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(r.reason()).isNotBlank();
    }

    @Test
    void imageOnlyPdfSaysWhy() throws IOException {
        assertFailed(TestPdfs.pdf(List.of(List.of())), "no text layer");
    }

    @Test
    void slowWorkIsCutOffAtTheTimeLimit() {
        long start = System.nanoTime();
        String outcome = TimeLimit.run(Duration.ofMillis(200), () -> {
            Thread.sleep(10_000);
            return "done";
        }, reason -> reason);
        assertThat(outcome).startsWith("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void errorsInTheWorkerBecomeReasons() {
        String outcome = TimeLimit.run(Duration.ofSeconds(5), () -> {
            throw new StackOverflowError("deep");
        }, reason -> reason);
        assertThat(outcome).contains("StackOverflowError");
    }

    @Test
    void plainTextIsReadThroughTika() {
        String text = "REMITTANCE ADVICE\n\nPayment Date:  2024-05-02\nPayment Amount:  1,200.00\n"
                + "Check Number:  88812\n";
        ExtractionResult r = extractor.extract(text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(r.fields().get("payment_reference").value()).isEqualTo("88812");
        assertThat(r.fields().get("payment_reference").provenance().box()).isEmpty();
    }

    @Test
    void everyMalformedCorpusFileEndsWithAnOutcome() throws IOException {
        assumeThat(Files.isDirectory(MALFORMED)).as("corpus present").isTrue();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MALFORMED)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        for (Path file : files) {
            long start = System.nanoTime();
            ExtractionResult r = extractor.extract(Files.readAllBytes(file));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(file.toString())
                    .isLessThan(Duration.ofSeconds(25));
            assertThat(r.status()).as(file.toString()).isNotNull();
            if (r.status() == ExtractionStatus.FAILED) {
                assertThat(r.reason()).as(file.toString()).isNotBlank();
            }
        }
        ExtractionResult headerOnly = extractor.extract(Files.readAllBytes(MALFORMED.resolve("ocrmypdf/invalid.pdf")));
        assertThat(headerOnly.status()).isEqualTo(ExtractionStatus.FAILED);
    }

    private void assertFailed(byte[] content, String reason) {
        ExtractionResult r = extractor.extract(content);
        assertThat(r.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(r.reason()).contains(reason);
        assertThat(r.fields()).isEmpty();
    }
}
