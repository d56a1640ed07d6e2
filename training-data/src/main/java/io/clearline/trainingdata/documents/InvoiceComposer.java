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

/** The distributor's invoice to a customer, with tax and payment terms; some lack a PO number. */
final class InvoiceComposer {

    private InvoiceComposer() {
    }

    static Composed compose(String id, Random random, Layout layout, Party distributor) {
        Formats formats = new Formats(layout);
        Wording words = new Wording(layout);
        Party buyer = Catalog.company(random, layout.language());
        String invoiceNumber = Catalog.number(random, random.nextBoolean() ? "INV-" : "9", 6);
        String poNumber = Catalog.number(random, random.nextBoolean() ? "PO-" : "45", 7);
        boolean withPo = random.nextInt(12) != 0;
        LocalDate issued = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600));
        LocalDate due = issued.plusDays(List.of(10, 14, 30, 45, 60).get(random.nextInt(5)));
        boolean comma = layout.numbers() == io.clearline.core.money.DecimalStyle.COMMA;
        String currency = comma ? "EUR" : "USD";
        BigDecimal rate = new BigDecimal(words.german() ? (random.nextBoolean() ? "0.19" : "0.07")
                : comma ? "0.21" : "0.0825");
        OrderLines lines = new OrderLines(random, layout, formats);
        BigDecimal tax = lines.sum.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal total = lines.sum.add(tax);

        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("invoice_number", invoiceNumber);
        truth.put("issue_date", issued.toString());
        truth.put("due_date", due.toString());
        truth.put("seller_name", distributor.name());
        truth.put("buyer_name", buyer.name());
        if (withPo) {
            truth.put("po_number", poNumber);
        }
        truth.put("currency", currency);
        truth.put("net_amount", lines.sum.toPlainString());
        truth.put("tax_amount", tax.toPlainString());
        truth.put("total_amount", total.toPlainString());

        List<Labelled> fields = new ArrayList<>();
        fields.add(words.field("invoice_number", invoiceNumber));
        fields.add(words.field("issue_date", formats.date(issued)));
        fields.add(words.field("due_date", formats.date(due)));
        if (withPo) {
            fields.add(words.field("po_number", poNumber));
        }
        fields.add(words.field("currency", currency));
        if (!layout.partyInHeading()) {
            fields.add(words.field("seller_name", distributor.name()));
        }
        fields.add(words.field("buyer_name", buyer.lines()));
        Table table = new Table(words.headers(), OrderLines.numeric(layout), lines.printed);
        String percent = rate.movePointRight(2).stripTrailingZeros().toPlainString();
        List<Labelled> totals = List.of(
                words.field("net_amount", formats.money(lines.sum)),
                Labelled.of(words.label("tax_amount").replace(":", "") + " " + (comma ? percent.replace('.', ',')
                        : percent) + "%" + (words.label("tax_amount").endsWith(":") ? ":" : ""), formats.money(tax)),
                words.field("total_amount", formats.money(total)));
        GroundTruth groundTruth = new GroundTruth(id, DocumentType.INVOICE, layout.id(), layout.holdout(), truth,
                lines.truth);
        return new Composed(groundTruth, new DocumentContent(distributor.lines(), words.title(), fields, table,
                totals, List.of()));
    }
}
