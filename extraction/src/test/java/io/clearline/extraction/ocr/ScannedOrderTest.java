package io.clearline.extraction.ocr;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.document.DocumentType;
import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.TestPdfs;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scanned purchase orders (image-only PDF, PNG, turned and skewed) come back with their fields. */
class ScannedOrderTest {

    static byte[] order;
    final DocumentExtractor extractor = new DocumentExtractor();

    @BeforeAll
    static void order() throws IOException {
        order = TestPdfs.pdf(List.of(List.of(
                new TestPdfs.Text(360, 50, "PURCHASE ORDER", 18),
                at(50, 110, "PO Number:"), at(160, 110, "PO-448120"),
                at(50, 126, "Order Date:"), at(160, 126, "03/07/2025"),
                at(50, 142, "Currency:"), at(160, 142, "USD"),
                at(50, 190, "SKU"), at(120, 190, "Description"), at(300, 190, "Qty"), at(360, 190, "Unit Price"),
                at(470, 190, "Amount"),
                at(50, 208, "AB-1"), at(120, 208, "Copper pipe"), at(305, 208, "10"), at(375, 208, "12.50"),
                at(472, 208, "125.00"),
                at(50, 224, "CX-20"), at(120, 224, "Brass valve"), at(305, 224, "4"), at(375, 224, "31.25"),
                at(472, 224, "125.00"),
                at(400, 260, "Total:"), at(472, 260, "250.00"))));
    }

    @Test
    void imageOnlyPdfComesBackWithNumberAndTotal() throws IOException {
        ExtractionResult result = extractor.extract(TestScans.imagePdf(TestScans.page(order, 300, 0, 0.6), 300));

        assertOrder(result);
    }

    @Test
    void pngComesBackWithNumberAndTotal() throws IOException {
        ExtractionResult result = extractor.extract(TestScans.png(TestScans.page(order, 250, 0, -0.8)));

        assertOrder(result);
    }

    @Test
    void upsideDownAndSkewedPageIsTurnedBack() throws IOException {
        ExtractionResult result = extractor.extract(TestScans.png(TestScans.page(order, 250, 2, 1.2)));

        assertOrder(result);
    }

    @Test
    void pageTurnedOnItsSideIsTurnedBack() throws IOException {
        ExtractionResult result = extractor.extract(TestScans.imagePdf(TestScans.page(order, 200, 1, 0), 200));

        assertOrder(result);
    }

    private static void assertOrder(ExtractionResult result) {
        assertThat(result.extracted()).as(result.reason()).isTrue();
        assertThat(result.documentType()).isEqualTo(DocumentType.PURCHASE_ORDER);
        assertThat(result.fields().get("po_number").value()).isEqualTo("PO-448120");
        assertThat((BigDecimal) result.fields().get("total_amount").value()).isEqualByComparingTo("250.00");
        assertThat(result.fields().get("po_number").provenance().box()).isPresent();
        assertThat(result.lines()).hasSize(2);
    }
}
