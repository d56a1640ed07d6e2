package io.clearline.extraction.fields;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.document.DocumentType;
import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.TestPdfs;
import io.clearline.extraction.TestPdfs.Text;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Credit notes (number in the title, amounts printed negative) and invoices in Polish. */
class CreditNoteAndLanguagesTest {

    private final DocumentExtractor extractor = new DocumentExtractor();

    @Test
    void aCreditNotePrintedNegativeIsReportedWithPositiveAmountsAndItsTitleNumber() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(List.of(
                at(50, 40, "Nordlicht Handels GmbH"), new Text(50, 80, "Credit Note CN-2025-017", 16),
                at(50, 120, "Date: 2025-05-02"), at(50, 134, "Bill to: Beta Bau AG"),
                at(380, 300, "Subtotal"), at(470, 300, "-100.00"),
                at(380, 314, "VAT 19%"), at(470, 314, "-19.00"),
                at(380, 328, "Total"), at(470, 328, "-119.00 EUR")))));

        assertThat(r.documentType()).isEqualTo(DocumentType.INVOICE);
        assertThat(r.fields().get("invoice_number").value()).isEqualTo("CN-2025-017");
        assertThat((BigDecimal) r.fields().get("total_amount").value()).isEqualByComparingTo("119.00");
        assertThat((BigDecimal) r.fields().get("net_amount").value()).isEqualByComparingTo("100.00");
        assertThat((BigDecimal) r.fields().get("tax_amount").value()).isEqualByComparingTo("19.00");
    }

    @Test
    void aNegativeTotalOnAnOrdinaryInvoiceKeepsItsSign() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(List.of(
                new Text(50, 40, "INVOICE", 18), at(50, 80, "Invoice No.: 42"),
                at(380, 328, "Total"), at(470, 328, "-5.00 EUR")))));

        assertThat((BigDecimal) r.fields().get("total_amount").value()).isEqualByComparingTo("-5.00");
    }

    @Test
    void aPolishInvoiceInPlainTextIsAnInvoiceWithItsFields() {
        String text = "Faktura nr: FV 2021/01/17            Data wystawienia: 2021-01-04\n"
                + "Sprzedawca: Hurtownia Kowalski Sp. z o.o.\n\n"
                + "Nabywca:   Sklep Nowak\n\n"
                + "Należność ogółem: 1 230,00 PLN\n";

        ExtractionResult r = extractor.extract(text.getBytes(StandardCharsets.UTF_8));

        assertThat(r.documentType()).isEqualTo(DocumentType.INVOICE);
        assertThat(r.fields().get("issue_date").value()).isEqualTo(LocalDate.of(2021, 1, 4));
        assertThat(r.fields().get("seller_name").value()).isEqualTo("Hurtownia Kowalski Sp. z o.o.");
        assertThat(r.fields().get("buyer_name").value()).isEqualTo("Sklep Nowak");
        assertThat((BigDecimal) r.fields().get("total_amount").value()).isEqualByComparingTo("1230.00");
    }
}
