package io.clearline.extraction.doctype;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.document.DocumentType;
import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.TestPdfs;
import io.clearline.extraction.TestPdfs.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The title at the top decides the type, however often another type's word fills the rows below. */
class TitleRowsTest {

    private final DocumentExtractor extractor = new DocumentExtractor();

    private static List<Text> listing(String title, String rowWord) {
        List<Text> page = new ArrayList<>(List.of(new Text(50, 40, title, 18),
                at(50, 80, "Payer: Beta Bau AG"), at(320, 80, "Payment date: 2024-03-14")));
        for (int i = 0; i < 12; i++) {
            page.add(at(50, 120 + i * 14, rowWord + " 4711" + i));
            page.add(at(250, 120 + i * 14, "2024-02-0" + (1 + i % 9)));
            page.add(at(450, 120 + i * 14, (100 + i) + ".00"));
        }
        return page;
    }

    @Test
    void aRemittanceAdviceListingInvoicesIsARemittanceAdvice() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(listing("Remittance Advice", "Invoice"))));

        assertThat(r.documentType()).isEqualTo(DocumentType.REMITTANCE_ADVICE);
    }

    @Test
    void theSendersNameSetAsLargeAsTheTitleDoesNotHideIt() throws IOException {
        List<Text> page = listing("Northwind Supply LLC", "Invoice");
        page.add(new Text(400, 40, "Payment Notification", 18));

        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(page)));

        assertThat(r.documentType()).isEqualTo(DocumentType.REMITTANCE_ADVICE);
    }

    @Test
    void aTitleSkewedOverTwoLinesIsStillTheTitle() throws IOException {
        List<Text> page = listing("Northwind Supply LLC", "Invoice");
        page.add(new Text(400, 36, "Payment", 18));
        page.add(new Text(477, 44, "Notification", 18));

        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(page)));

        assertThat(r.documentType()).isEqualTo(DocumentType.REMITTANCE_ADVICE);
    }

    @Test
    void anInvoiceListingOrdersIsAnInvoice() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(listing("Invoice", "Purchase Order"))));

        assertThat(r.documentType()).isEqualTo(DocumentType.INVOICE);
    }

    @Test
    void withoutATitleTheWordsCounted() throws IOException {
        List<Text> page = listing("Beta Bau AG", "Invoice");

        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(page)));

        assertThat(r.documentType()).isEqualTo(DocumentType.INVOICE);
    }
}
