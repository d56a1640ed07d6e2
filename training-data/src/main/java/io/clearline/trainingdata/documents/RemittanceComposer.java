package io.clearline.trainingdata.documents;

import io.clearline.core.document.DocumentType;
import io.clearline.trainingdata.documents.DocumentContent.Labelled;
import io.clearline.trainingdata.documents.DocumentContent.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A customer's remittance advice: which invoices a payment covers, with early-payment discounts
 * and deductions (short pays) whose reason is free text or a code.
 */
final class RemittanceComposer {

    private static final List<String> REASONS_EN = List.of("Damaged goods", "Pricing dispute", "Short shipment",
            "Freight charge not agreed", "D01 Shortage", "Promo allowance", "Returned items");
    private static final List<String> REASONS_DE = List.of("Beschädigte Ware", "Preisdifferenz", "Fehlmenge",
            "Frachtkosten nicht vereinbart", "Retoure");

    private RemittanceComposer() {
    }

    static Composed compose(String id, Random random, Layout layout, Party distributor) {
        Formats formats = new Formats(layout);
        Wording words = new Wording(layout);
        Party payer = Catalog.company(random, layout.language());
        LocalDate paid = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600));
        String reference = Catalog.number(random, random.nextBoolean() ? "" : "EFT", 6 + random.nextInt(4));
        int count = 1 + random.nextInt(random.nextInt(4) == 0 ? 14 : 5);
        List<Map<String, Object>> truthLines = new ArrayList<>();
        List<List<String>> printed = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < count; i++) {
            BigDecimal gross = BigDecimal.valueOf(2000 + random.nextInt(900000)).movePointLeft(2);
            BigDecimal discount = random.nextInt(10) < 4
                    ? gross.multiply(new BigDecimal("0.02")).setScale(2, RoundingMode.HALF_EVEN)
                    : BigDecimal.ZERO.setScale(2);
            boolean deducted = random.nextInt(4) == 0;
            BigDecimal deduction = deducted
                    ? gross.multiply(BigDecimal.valueOf(1 + random.nextInt(30))).movePointLeft(2)
                    .setScale(2, RoundingMode.HALF_EVEN)
                    : BigDecimal.ZERO.setScale(2);
            String reason = deducted ? Catalog.pick(random, words.german() ? REASONS_DE : REASONS_EN) : null;
            BigDecimal net = gross.subtract(discount).subtract(deduction);
            total = total.add(net);
            LocalDate invoiceDate = paid.minusDays(5 + random.nextInt(60));
            String invoiceNumber = Catalog.number(random, random.nextBoolean() ? "INV-" : "9", 6);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("invoice_number", invoiceNumber);
            line.put("invoice_date", invoiceDate.toString());
            line.put("gross_amount", gross.toPlainString());
            line.put("discount_amount", discount.toPlainString());
            line.put("deduction_amount", deduction.toPlainString());
            if (reason != null) {
                line.put("deduction_reason", reason);
            }
            line.put("paid_amount", net.toPlainString());
            truthLines.add(line);
            List<String> cells = new ArrayList<>();
            for (String column : layout.columns()) {
                cells.add(switch (column) {
                    case "invoice_number" -> invoiceNumber;
                    case "invoice_date" -> formats.date(invoiceDate);
                    case "gross_amount" -> formats.money(gross);
                    case "discount_amount" -> zero(layout, formats, discount);
                    case "deduction_amount" -> zero(layout, formats, deduction);
                    case "deduction_reason" -> reason == null ? "" : reason;
                    default -> formats.money(net);
                });
            }
            printed.add(cells);
        }
        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("payer_name", payer.name());
        truth.put("payment_date", paid.toString());
        truth.put("payment_amount", total.toPlainString());
        truth.put("payment_reference", reference);

        List<Labelled> fields = new ArrayList<>();
        if (!layout.partyInHeading()) {
            fields.add(words.field("payer_name", payer.name()));
        }
        fields.add(words.field("payment_date", formats.date(paid)));
        fields.add(words.field("payment_reference", reference));
        fields.add(words.field("payment_amount", formats.money(total)));
        fields.add(words.field("vendor", distributor.lines()));
        Table table = new Table(words.headers(), OrderLines.numeric(layout), printed);
        GroundTruth groundTruth = new GroundTruth(id, DocumentType.REMITTANCE_ADVICE, layout.id(), layout.holdout(),
                truth, truthLines);
        return new Composed(groundTruth, new DocumentContent(payer.lines(), words.title(), fields, table,
                List.of(), List.of()));
    }

    /** Layouts print a zero discount or deduction as 0.00, as a dash, or leave the cell empty. */
    private static String zero(Layout layout, Formats formats, BigDecimal amount) {
        if (amount.signum() != 0) {
            return formats.money(amount);
        }
        return switch (layout.variant() % 3) {
            case 0 -> formats.money(amount);
            case 1 -> "-";
            default -> "";
        };
    }
}
