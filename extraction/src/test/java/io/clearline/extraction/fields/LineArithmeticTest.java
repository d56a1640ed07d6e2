package io.clearline.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.Confidence;
import io.clearline.core.document.BoundingBox;
import io.clearline.core.document.DocumentType;
import io.clearline.core.document.ExtractedField;
import io.clearline.core.document.Provenance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cells OCR dropped or misread are derived from the row's arithmetic, and only then. */
class LineArithmeticTest {

    @Test
    void droppedQuantityIsAmountOverPrice() {
        List<Map<String, ExtractedField<Object>>> lines = lines(row(null, "188.27", "753.08"));

        LineArithmetic.apply(DocumentType.INVOICE, new LinkedHashMap<>(), lines);

        assertThat(lines.get(0).get("quantity").value()).isEqualTo(new BigDecimal("4"));
        assertThat(lines.get(0).get("quantity").confidence().value()).isLessThan(0.7);
        assertThat(lines.get(0).get("quantity").provenance().sourceText()).contains("amount / unit price");
    }

    @Test
    void quantityIsNotGuessedWhenTheDivisionIsNotWhole() {
        List<Map<String, ExtractedField<Object>>> lines = lines(row(null, "188.27", "750.00"));

        LineArithmetic.apply(DocumentType.PURCHASE_ORDER, new LinkedHashMap<>(), lines);

        assertThat(lines.get(0)).doesNotContainKey("quantity");
    }

    @Test
    void droppedPriceIsAmountOverQuantity() {
        List<Map<String, ExtractedField<Object>>> lines = lines(row("8", null, "829.60"));

        LineArithmetic.apply(DocumentType.INVOICE, new LinkedHashMap<>(), lines);

        assertThat(lines.get(0).get("unit_price").value()).isEqualTo(new BigDecimal("103.70"));
    }

    @Test
    void misreadAmountIsRepairedWhenTheTotalConfirmsIt() {
        List<Map<String, ExtractedField<Object>>> lines = lines(row("2", "552.71", "1195.42"), row("1", "100.00", "100.00"));
        Map<String, ExtractedField<Object>> fields = new LinkedHashMap<>(Map.of("net_amount", field("net_amount", "1205.42")));

        LineArithmetic.apply(DocumentType.INVOICE, fields, lines);

        assertThat(lines.get(0).get("amount").value()).isEqualTo(new BigDecimal("1105.42"));
        assertThat(lines.get(0).get("amount").confidence().value()).isLessThan(0.6);
        assertThat(lines.get(0).get("amount").provenance().sourceText()).isEqualTo("1195.42");
    }

    @Test
    void amountStaysWhenTheTotalDoesNotConfirmTheRepair() {
        List<Map<String, ExtractedField<Object>>> lines = lines(row("2", "552.71", "1195.42"), row("1", "100.00", "100.00"));
        Map<String, ExtractedField<Object>> fields = new LinkedHashMap<>(Map.of("net_amount", field("net_amount", "1295.42")));

        LineArithmetic.apply(DocumentType.INVOICE, fields, lines);

        assertThat(lines.get(0).get("amount").value()).isEqualTo(new BigDecimal("1195.42"));
    }

    @Test
    void aDifferentNumberIsNotAMisreadDigit() {
        assertThat(LineArithmetic.oneCharacterApart(new BigDecimal("1195.42"), new BigDecimal("1105.42"))).isTrue();
        assertThat(LineArithmetic.oneCharacterApart(new BigDecimal("110542"), new BigDecimal("1105.42"))).isTrue();
        assertThat(LineArithmetic.oneCharacterApart(new BigDecimal("1195.42"), new BigDecimal("1105.47"))).isFalse();
        assertThat(LineArithmetic.oneCharacterApart(new BigDecimal("99.00"), new BigDecimal("1105.42"))).isFalse();
    }

    @Test
    void deductionOcrLeftEmptyIsDerivedWhenThePaymentAddsUp() {
        Map<String, ExtractedField<Object>> line = new LinkedHashMap<>();
        line.put("invoice_number", new ExtractedField<>("invoice_number", "INV-1", Confidence.of(0.9),
                Provenance.of(1, new BoundingBox(50, 200, 90, 210), "INV-1")));
        line.put("gross_amount", field("gross_amount", "1000.00"));
        line.put("discount_amount", field("discount_amount", "0.00"));
        line.put("deduction_amount", Located.implied("deduction_amount", new BigDecimal("0.00"), 0.8, 1));
        line.put("paid_amount", field("paid_amount", "458.01"));
        Map<String, ExtractedField<Object>> fields = new LinkedHashMap<>(Map.of("payment_amount",
                field("payment_amount", "458.01")));
        List<Map<String, ExtractedField<Object>>> lines = new ArrayList<>(List.of(line));

        LineArithmetic.apply(DocumentType.REMITTANCE_ADVICE, fields, lines);

        assertThat(lines.get(0).get("deduction_amount").value()).isEqualTo(new BigDecimal("541.99"));
    }

    @Test
    void rowsThatAddUpAreLeftAsRead() {
        Map<String, ExtractedField<Object>> row = row("3", "10.00", "30.00");
        List<Map<String, ExtractedField<Object>>> lines = lines(row);
        Map<String, ExtractedField<Object>> before = new LinkedHashMap<>(row);

        LineArithmetic.apply(DocumentType.PURCHASE_ORDER, new LinkedHashMap<>(Map.of("total_amount",
                field("total_amount", "30.00"))), lines);

        assertThat(lines.get(0)).isEqualTo(before);
    }

    @SafeVarargs
    private static List<Map<String, ExtractedField<Object>>> lines(Map<String, ExtractedField<Object>>... rows) {
        return new ArrayList<>(List.of(rows));
    }

    private static Map<String, ExtractedField<Object>> row(String quantity, String price, String amount) {
        Map<String, ExtractedField<Object>> row = new LinkedHashMap<>();
        if (quantity != null) {
            row.put("quantity", field("quantity", quantity));
        }
        if (price != null) {
            row.put("unit_price", field("unit_price", price));
        }
        row.put("amount", field("amount", amount));
        return row;
    }

    private static ExtractedField<Object> field(String name, String value) {
        return new ExtractedField<>(name, new BigDecimal(value), Confidence.of(0.9),
                Provenance.of(1, new BoundingBox(400, 200, 440, 210), value));
    }
}
