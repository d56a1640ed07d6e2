package io.clearline.extraction;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.document.DocumentType;
import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.TestPdfs.Text;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Extraction on hand-placed PDFs whose layout no generator knows: German labels, a wrong line total. */
class InvoiceExtractionTest {

    private final DocumentExtractor extractor = new DocumentExtractor();

    private static List<Text> germanInvoice(String lastAmount) {
        List<Text> t = new ArrayList<>(List.of(
                at(50, 50, "Musterfirma Handels GmbH"), new Text(400, 50, "Rechnung", 20),
                at(50, 64, "Beispielweg 3, 10115 Berlin"),
                at(50, 110, "Rechnungs-Nr.: RE-2024-0815"), at(320, 110, "Datum: 14.03.2024"),
                at(50, 124, "Ihre Bestellung: 4500012345"), at(320, 124, "Zahlbar bis: 13.04.2024"),
                at(50, 150, "Kunde:"), at(140, 150, "Beta Bau AG"),
                at(50, 200, "Pos"), at(80, 200, "Artikel"), at(160, 200, "Bezeichnung"), at(330, 200, "Menge"),
                at(400, 200, "Einzelpreis"), at(490, 200, "Betrag"),
                at(50, 216, "1"), at(80, 216, "SCH-100"), at(160, 216, "Schrauben M6"), at(345, 216, "100"),
                at(420, 216, "0,25"), at(497, 216, "25,00"),
                at(50, 230, "2"), at(80, 230, "DUE-8"), at(160, 230, "Dübel 8 mm"), at(340, 230, "1.000"),
                at(420, 230, "0,10"), at(490, 230, lastAmount),
                at(380, 270, "Nettobetrag"), at(490, 270, "125,00"),
                at(380, 284, "MwSt. 19%"), at(497, 284, "23,75"),
                at(380, 298, "Gesamtbetrag"), at(490, 298, "148,75 EUR")));
        return t;
    }

    @Test
    void readsAGermanInvoiceWithoutATemplate() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(germanInvoice("100,00"))));

        assertThat(r.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(r.documentType()).isEqualTo(DocumentType.INVOICE);
        assertThat(value(r.fields(), "invoice_number")).isEqualTo("RE-2024-0815");
        assertThat(value(r.fields(), "issue_date")).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(value(r.fields(), "due_date")).isEqualTo(LocalDate.of(2024, 4, 13));
        assertThat(value(r.fields(), "po_number")).isEqualTo("4500012345");
        assertThat(value(r.fields(), "buyer_name")).isEqualTo("Beta Bau AG");
        assertThat(value(r.fields(), "seller_name")).isEqualTo("Musterfirma Handels GmbH");
        assertThat(value(r.fields(), "currency")).isEqualTo("EUR");
        assertThat((BigDecimal) value(r.fields(), "net_amount")).isEqualByComparingTo("125.00");
        assertThat((BigDecimal) value(r.fields(), "tax_amount")).isEqualByComparingTo("23.75");
        assertThat((BigDecimal) value(r.fields(), "total_amount")).isEqualByComparingTo("148.75");

        assertThat(r.lines()).hasSize(2);
        Map<String, ExtractedField<Object>> second = r.lines().get(1);
        assertThat(value(second, "item")).isEqualTo("DUE-8");
        assertThat(value(second, "description")).isEqualTo("Dübel 8 mm");
        assertThat((BigDecimal) value(second, "quantity")).isEqualByComparingTo("1000");
        assertThat((BigDecimal) value(second, "unit_price")).isEqualByComparingTo("0.10");
        assertThat((BigDecimal) value(second, "amount")).isEqualByComparingTo("100.00");
    }

    @Test
    void everyFieldCarriesProvenance() throws IOException {
        ExtractionResult r = extractor.extract(TestPdfs.pdf(List.of(germanInvoice("100,00"))));

        ExtractedField<Object> number = r.fields().get("invoice_number");
        assertThat(number.provenance().page()).isEqualTo(1);
        assertThat(number.provenance().sourceText()).contains("RE-2024-0815");
        assertThat(number.provenance().box()).hasValueSatisfying(b -> {
            assertThat(b.x0()).isBetween(45.0, 55.0);
            assertThat(b.y1()).isBetween(105.0, 125.0);
        });
        r.fields().values().forEach(f -> assertThat(f.provenance().page()).isPositive());
    }

    @Test
    void arithmeticThatDoesNotAddUpLowersConfidence() throws IOException {
        ExtractionResult right = extractor.extract(TestPdfs.pdf(List.of(germanInvoice("100,00"))));
        ExtractionResult wrong = extractor.extract(TestPdfs.pdf(List.of(germanInvoice("110,00"))));

        double good = right.lines().get(1).get("amount").confidence().value();
        double bad = wrong.lines().get(1).get("amount").confidence().value();
        assertThat(bad).isLessThan(good);
        assertThat(wrong.fields().get("net_amount").confidence().value())
                .isLessThan(right.fields().get("net_amount").confidence().value());
    }

    static Object value(Map<String, ExtractedField<Object>> fields, String name) {
        assertThat(fields).as("field " + name).containsKey(name);
        return fields.get(name).value();
    }
}
