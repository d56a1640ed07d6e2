package io.clearline.extraction.fields;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.TestPdfs;
import io.clearline.extraction.TestPdfs.Text;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sender read from the top of the page is never a copy stamp, a key and its value, or the customer. */
class LetterheadTest {

    private final DocumentExtractor extractor = new DocumentExtractor();

    @Test
    void aCopyStampAndTheCustomersBlockAreNoSender() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(List.of(
                new Text(80, 120, "Factuuradres", 9), new Text(360, 120, "Afleveradres", 9),
                new Text(80, 134, "Strategic Corp", 9), new Text(360, 134, "Magazijn Noord", 9),
                new Text(80, 146, "Fakestreet 46", 9), new Text(80, 158, "3500 MJ Utrecht", 9),
                new Text(44, 250, "Kopie factuur", 16),
                at(44, 280, "Factuurnummer: VF1005193039"), at(300, 280, "Factuurdatum: 8-9-2022"),
                at(380, 380, "Factuur totaal EUR"), at(500, 380, "49,99")))));

        assertThat(r.fields().get("buyer_name").value()).isEqualTo("Strategic Corp");
        assertThat(r.fields()).doesNotContainKey("seller_name");
    }

    @Test
    void aLetterheadWithoutLegalFormIsLessSureThanACompanys() throws IOException {
        ExtractionResult bare = extractor.extract(TestPdfs.pdf(List.of(List.of(
                new Text(50, 40, "Guest Name: A. Kumar", 10), new Text(50, 60, "Northwind Traders", 16),
                new Text(400, 60, "Invoice", 20), at(50, 120, "Invoice No: 4711"), at(380, 300, "Total"),
                at(480, 300, "10.00")))));
        ExtractionResult company = extractor.extract(TestPdfs.pdf(List.of(List.of(
                new Text(50, 40, "Guest Name: A. Kumar", 10), new Text(50, 60, "Northwind Traders Ltd", 16),
                new Text(400, 60, "Invoice", 20), at(50, 120, "Invoice No: 4711"), at(380, 300, "Total"),
                at(480, 300, "10.00")))));

        assertThat(bare.fields().get("seller_name").value()).isEqualTo("Northwind Traders");
        assertThat(company.fields().get("seller_name").value()).isEqualTo("Northwind Traders Ltd");
        assertThat(bare.fields().get("seller_name").confidence().value())
                .isLessThan(company.fields().get("seller_name").confidence().value());
    }
}
