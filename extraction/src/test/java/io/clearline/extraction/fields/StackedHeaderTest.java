package io.clearline.extraction.fields;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.TestPdfs;
import io.clearline.extraction.TestPdfs.Text;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Column headers printed over two lines are read as one header ("Item" above "No."). */
class StackedHeaderTest {

    private final DocumentExtractor extractor = new DocumentExtractor();

    @Test
    void aPurchaseOrderWithTwoLineColumnHeadersGivesEveryColumn() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(List.of(
                new Text(50, 40, "PURCHASE ORDER", 18), at(50, 80, "PO Number: 7781"),
                at(50, 150, "Unit"), at(100, 150, "Item"), at(180, 150, "Description"), at(330, 150, "Order"),
                at(400, 150, "Unit"), at(480, 150, "Line"),
                at(50, 161, "Meas."), at(100, 161, "No."), at(330, 161, "Qty"), at(400, 161, "Price"),
                at(480, 161, "Total"),
                at(50, 180, "EA"), at(100, 180, "AB-100"), at(180, 180, "Copper pipe"), at(340, 180, "10"),
                at(405, 180, "2.50"), at(485, 180, "25.00"),
                at(50, 194, "BX"), at(100, 194, "CD-200"), at(180, 194, "Brass fitting"), at(340, 194, "4"),
                at(405, 194, "5.00"), at(485, 194, "20.00")))));

        assertThat(r.lines()).hasSize(2);
        Map<String, ExtractedField<Object>> second = r.lines().get(1);
        assertThat(second.get("item").value()).isEqualTo("CD-200");
        assertThat(second.get("unit").value()).isEqualTo("BX");
        assertThat((BigDecimal) second.get("quantity").value()).isEqualByComparingTo("4");
        assertThat((BigDecimal) second.get("unit_price").value()).isEqualByComparingTo("5.00");
    }

    @Test
    void aRemittanceWhoseKeyColumnIsNamedOverTwoLinesStillHasLines() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(List.of(
                new Text(50, 40, "REMITTANCE ADVICE", 18), at(50, 80, "Payment Date: 2025-03-02"),
                at(50, 150, "Invoice"), at(150, 150, "Invoice"), at(250, 150, "Gross"), at(330, 150, "Cash"),
                at(410, 150, "Amount"),
                at(50, 161, "No."), at(150, 161, "Date"), at(250, 161, "Amount"), at(330, 161, "Discount"),
                at(410, 161, "Paid"),
                at(50, 180, "INV-1001"), at(150, 180, "2025-02-01"), at(255, 180, "100.00"), at(335, 180, "2.00"),
                at(415, 180, "98.00"),
                at(50, 194, "INV-1002"), at(150, 194, "2025-02-03"), at(255, 194, "50.00"), at(335, 194, "0.00"),
                at(415, 194, "50.00")))));

        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0).get("invoice_number").value()).isEqualTo("INV-1001");
        assertThat((BigDecimal) r.lines().get(0).get("discount_amount").value()).isEqualByComparingTo("2.00");
        assertThat((BigDecimal) r.lines().get(0).get("paid_amount").value()).isEqualByComparingTo("98.00");
        assertThat((BigDecimal) r.lines().get(1).get("gross_amount").value()).isEqualByComparingTo("50.00");
    }
}
