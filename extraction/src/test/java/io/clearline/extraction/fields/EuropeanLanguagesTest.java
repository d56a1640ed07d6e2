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

/**
 * Invoices in French, Dutch, Spanish and Italian, receipts, letters dated by their place, and totals
 * printed far to the right of their label: layouts written here, in no generator.
 */
class EuropeanLanguagesTest {

    private final DocumentExtractor extractor = new DocumentExtractor();

    @Test
    void aFrenchInvoiceDatedByItsPlaceWithTheTotalFarRight() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(List.of(
                at(50, 40, "Boulangerie Martin SARL"), new Text(400, 40, "Facture", 20),
                at(360, 90, "Paris, le 3 mars 2024"),
                at(50, 120, "N° de facture : FA-2024-113"), at(50, 134, "Échéance : 2 avril 2024"),
                at(50, 160, "Facturé à :"), at(140, 160, "Café du Coin"),
                at(50, 300, "Montant HT"), at(510, 300, "100,00"),
                at(50, 314, "Montant TVA"), at(510, 314, "20,00"),
                at(50, 328, "Montant TTC"), at(500, 328, "120,00 EUR")))));

        assertThat(r.documentType()).isEqualTo(DocumentType.INVOICE);
        assertThat(r.fields().get("invoice_number").value()).isEqualTo("FA-2024-113");
        assertThat(r.fields().get("issue_date").value()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(r.fields().get("due_date").value()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(r.fields().get("buyer_name").value()).isEqualTo("Café du Coin");
        assertThat((BigDecimal) r.fields().get("net_amount").value()).isEqualByComparingTo("100.00");
        assertThat((BigDecimal) r.fields().get("tax_amount").value()).isEqualByComparingTo("20.00");
        assertThat((BigDecimal) r.fields().get("total_amount").value()).isEqualByComparingTo("120.00");
    }

    @Test
    void aDutchInvoice() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(List.of(
                at(50, 40, "Van Dijk Techniek B.V."), new Text(420, 40, "Factuur", 20),
                at(50, 110, "Factuurnr: 2024-0042"), at(320, 110, "Factuurdatum: 12-04-2024"),
                at(50, 124, "Klant: Bakkerij de Vries"), at(320, 124, "Vervaldatum: 12-05-2024"),
                at(380, 300, "Totaal excl. BTW"), at(490, 300, "1.000,00"),
                at(380, 314, "BTW 21%"), at(490, 314, "210,00"),
                at(380, 328, "Totaal te betalen"), at(480, 328, "€ 1.210,00")))));

        assertThat(r.documentType()).isEqualTo(DocumentType.INVOICE);
        assertThat(r.fields().get("invoice_number").value()).isEqualTo("2024-0042");
        assertThat(r.fields().get("issue_date").value()).isEqualTo(LocalDate.of(2024, 4, 12));
        assertThat(r.fields().get("due_date").value()).isEqualTo(LocalDate.of(2024, 5, 12));
        assertThat(r.fields().get("buyer_name").value()).isEqualTo("Bakkerij de Vries");
        assertThat((BigDecimal) r.fields().get("net_amount").value()).isEqualByComparingTo("1000.00");
        assertThat((BigDecimal) r.fields().get("total_amount").value()).isEqualByComparingTo("1210.00");
        assertThat(r.fields().get("currency").value()).isEqualTo("EUR");
    }

    @Test
    void aSpanishInvoiceWithItsMonthWrittenOut() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(List.of(
                at(50, 40, "Suministros Ibéricos S.L."), new Text(420, 40, "Factura", 20),
                at(50, 110, "Número de factura: F-2024/17"), at(320, 110, "Fecha: 3 de marzo de 2024"),
                at(50, 124, "Cliente: Talleres García"), at(320, 124, "Vencimiento: 2 de abril de 2024"),
                at(380, 300, "Base imponible"), at(490, 300, "100,00"),
                at(380, 314, "IVA 21%"), at(490, 314, "21,00"),
                at(380, 328, "Importe total"), at(490, 328, "121,00 EUR")))));

        assertThat(r.documentType()).isEqualTo(DocumentType.INVOICE);
        assertThat(r.fields().get("invoice_number").value()).isEqualTo("F-2024/17");
        assertThat(r.fields().get("issue_date").value()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(r.fields().get("due_date").value()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(r.fields().get("buyer_name").value()).isEqualTo("Talleres García");
        assertThat((BigDecimal) r.fields().get("tax_amount").value()).isEqualByComparingTo("21.00");
        assertThat((BigDecimal) r.fields().get("total_amount").value()).isEqualByComparingTo("121.00");
    }

    @Test
    void anItalianInvoice() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(List.of(
                at(50, 40, "Ferramenta Rossi S.p.A."), new Text(420, 40, "Fattura", 20),
                at(50, 110, "Numero fattura: 57/2024"), at(320, 110, "Data: 14 maggio 2024"),
                at(50, 124, "Cliente: Edilizia Bianchi"), at(320, 124, "Scadenza: 13 giugno 2024"),
                at(380, 300, "Imponibile"), at(490, 300, "500,00"),
                at(380, 314, "IVA 22%"), at(490, 314, "110,00"),
                at(380, 328, "Totale documento"), at(490, 328, "610,00")))));

        assertThat(r.documentType()).isEqualTo(DocumentType.INVOICE);
        assertThat(r.fields().get("invoice_number").value()).isEqualTo("57/2024");
        assertThat(r.fields().get("issue_date").value()).isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(r.fields().get("due_date").value()).isEqualTo(LocalDate.of(2024, 6, 13));
        assertThat(r.fields().get("buyer_name").value()).isEqualTo("Edilizia Bianchi");
        assertThat((BigDecimal) r.fields().get("total_amount").value()).isEqualByComparingTo("610.00");
    }

    @Test
    void aReceiptIsReadAsAnInvoiceWithRupees() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(List.of(
                new Text(120, 40, "PAYMENT RECEIPT", 13),
                at(40, 76, "Guest Name: A. Kumar"), at(420, 76, "Date: 31/12/2017"),
                at(320, 140, "Receipt No"), at(320, 152, "RC-20871"),
                at(50, 228, "Room Charges"), at(500, 228, "Rs 1939"),
                at(50, 266, "Grand Total"), at(500, 266, "Rs 1939")))));

        assertThat(r.documentType()).isEqualTo(DocumentType.INVOICE);
        assertThat(r.fields().get("invoice_number").value()).isEqualTo("RC-20871");
        assertThat(r.fields().get("issue_date").value()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat((BigDecimal) r.fields().get("total_amount").value()).isEqualByComparingTo("1939.00");
        assertThat(r.fields().get("currency").value()).isEqualTo("INR");
    }

    @Test
    void aLetterDatedByItsPlaceOutranksAFinePrintTimestamp() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(List.of(
                at(50, 40, "Musterfirma Handels GmbH"), new Text(250, 260, "Rechnung", 14),
                at(330, 183, "Rechnungsnummer:"), at(438, 183, "2015738820"),
                at(330, 195, "Berlin, den"), at(438, 195, "01.11.2024"),
                at(380, 400, "Summe gesamt"), at(490, 400, "447,88"),
                new Text(428, 788, "Datum: 30.10.2024 Zeit: 04:59:13", 4)))));

        assertThat(r.fields().get("issue_date").value()).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void aPolishTotalInZlotyNamesItsCurrency() {
        String text = "Faktura nr: FV 7/2024\nSprzedawca: Hurtownia Nowak\n\nDo zapłaty: 1 230,00 zł\n";

        ExtractionResult r = extractor.extract(text.getBytes(StandardCharsets.UTF_8));

        assertThat((BigDecimal) r.fields().get("total_amount").value()).isEqualByComparingTo("1230.00");
        assertThat(r.fields().get("currency").value()).isEqualTo("PLN");
    }

    @Test
    void monthNamesAndPlaceDatesInTheFiveLanguages() {
        assertThat(Dates.find("3 de marzo de 2024", true)).contains(LocalDate.of(2024, 3, 3));
        assertThat(Dates.find("1er avril 2024", true)).contains(LocalDate.of(2024, 4, 1));
        assertThat(Dates.find("14 maggio 2024", true)).contains(LocalDate.of(2024, 5, 14));
        assertThat(Dates.find("3 maart 2024", true)).contains(LocalDate.of(2024, 3, 3));
        assertThat(Dates.find("2 diciembre 2023", true)).contains(LocalDate.of(2023, 12, 2));
    }
}
