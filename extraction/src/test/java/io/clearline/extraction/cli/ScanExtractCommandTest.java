package io.clearline.extraction.cli;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.extraction.TestPdfs;
import io.clearline.extraction.ocr.TestScans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScanExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void extractsAScannedPdf() throws IOException {
        byte[] text = TestPdfs.pdf(List.of(List.of(
                new TestPdfs.Text(360, 50, "REMITTANCE ADVICE", 16),
                at(50, 110, "Payment Date:"), at(170, 110, "2025-04-02"),
                at(50, 126, "Payment Amount:"), at(170, 126, "1,480.00"),
                at(50, 142, "Check Number:"), at(170, 142, "CHK-90412"))));
        Path scan = dir.resolve("scan.pdf");
        Files.write(scan, TestScans.imagePdf(TestScans.page(text, 300, 0, -0.5), 300));
        Path out = dir.resolve("out");

        int code = ExtractCommand.run(new String[] {scan.toString(), "--out", out.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));

        assertThat(code).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("scan.pdf.json")));
        assertThat(json.get("status").asString()).isEqualTo("EXTRACTED");
        assertThat(json.get("document_type").asString()).isEqualTo("REMITTANCE_ADVICE");
        assertThat(json.get("fields").get("payment_amount").get("value").decimalValue()).isEqualByComparingTo("1480.00");
        assertThat(json.get("fields").get("payment_amount").get("box")).hasSize(4);
        assertThat(json.get("fields").get("payment_date").get("value").asString()).isEqualTo("2025-04-02");
    }
}
