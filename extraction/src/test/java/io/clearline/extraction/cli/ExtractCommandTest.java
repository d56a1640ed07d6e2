package io.clearline.extraction.cli;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.extraction.TestPdfs;
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

class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOneJsonPerInputInTheContractShape() throws IOException {
        Path po = dir.resolve("order.pdf");
        Files.write(po, TestPdfs.pdf(List.of(List.of(
                new TestPdfs.Text(380, 40, "PURCHASE ORDER", 18),
                at(50, 100, "PO Number:"), at(150, 100, "PO-778812"),
                at(50, 114, "Order Date:"), at(150, 114, "03/07/2025"),
                at(50, 128, "Currency:"), at(150, 128, "USD"),
                at(50, 170, "SKU"), at(120, 170, "Description"), at(300, 170, "Qty"), at(360, 170, "Unit Price"),
                at(470, 170, "Amount"),
                at(50, 186, "AB-1"), at(120, 186, "Copper pipe"), at(305, 186, "10"), at(375, 186, "12.50"),
                at(472, 186, "125.00"),
                at(400, 220, "Total:"), at(472, 220, "125.00")))));
        Path broken = dir.resolve("broken.pdf");
        Files.write(broken, new byte[0]);
        Path out = dir.resolve("out");

        int code = ExtractCommand.run(new String[] {po.toString(), broken.toString(), "--out", out.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));

        assertThat(code).isZero();
        JsonMapper json = JsonMapper.builder().build();
        JsonNode ok = json.readTree(Files.readString(out.resolve("order.pdf.json")));
        assertThat(ok.get("document_type").asString()).isEqualTo("PURCHASE_ORDER");
        assertThat(ok.get("status").asString()).isEqualTo("EXTRACTED");
        JsonNode number = ok.get("fields").get("po_number");
        assertThat(number.get("value").asString()).isEqualTo("PO-778812");
        assertThat(number.get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(number.get("page").asInt()).isEqualTo(1);
        assertThat(number.get("box")).hasSize(4);
        assertThat(number.get("source_text").asString()).isEqualTo("PO-778812");
        assertThat(ok.get("fields").get("order_date").get("value").asString()).isEqualTo("2025-03-07");
        assertThat(ok.get("fields").get("total_amount").get("value").decimalValue()).isEqualByComparingTo("125.00");
        assertThat(ok.get("lines")).hasSize(1);
        assertThat(ok.get("lines").get(0).get("item").get("value").asString()).isEqualTo("AB-1");

        JsonNode failed = json.readTree(Files.readString(out.resolve("broken.pdf.json")));
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("reason").asString()).contains("empty");
    }

    @Test
    void withoutOutDirectoryItExplainsUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExtractCommand.run(new String[] {"a.pdf"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }
}
