package io.clearline.trainingdata.documents;

import io.clearline.core.document.DocumentType;
import io.clearline.trainingdata.documents.DocumentContent.Labelled;
import io.clearline.trainingdata.documents.DocumentContent.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A customer's purchase order to the distributor; the buyer issues it, so the buyer heads it. */
final class PurchaseOrderComposer {

    private PurchaseOrderComposer() {
    }

    static Composed compose(String id, Random random, Layout layout, Party distributor) {
        Formats formats = new Formats(layout);
        Wording words = new Wording(layout);
        Party buyer = Catalog.company(random, layout.language());
        Party shipTo = random.nextInt(3) == 0 ? Catalog.company(random, layout.language())
                : new Party(buyer.name(), buyer.street(), buyer.city());
        String poNumber = Catalog.number(random, random.nextBoolean() ? "PO-" : "45", 6 + random.nextInt(3));
        LocalDate orderDate = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600));
        LocalDate requested = orderDate.plusDays(5 + random.nextInt(30));
        boolean withRequested = random.nextInt(10) != 0;
        String currency = words.german() || layout.numbers() == io.clearline.core.money.DecimalStyle.COMMA
                ? "EUR" : "USD";
        OrderLines lines = new OrderLines(random, layout, formats);

        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("po_number", poNumber);
        truth.put("buyer_name", buyer.name());
        truth.put("ship_to", shipTo.oneLine());
        truth.put("order_date", orderDate.toString());
        if (withRequested) {
            truth.put("requested_delivery_date", requested.toString());
        }
        truth.put("currency", currency);
        truth.put("total_amount", lines.sum.toPlainString());

        List<Labelled> fields = new ArrayList<>();
        fields.add(words.field("po_number", poNumber));
        fields.add(words.field("order_date", formats.date(orderDate)));
        if (withRequested) {
            fields.add(words.field("requested_delivery_date", formats.date(requested)));
        }
        fields.add(words.field("currency", currency));
        if (!layout.partyInHeading()) {
            fields.add(words.field("buyer_name", buyer.name()));
        }
        fields.add(words.field("vendor", distributor.lines()));
        fields.add(words.field("ship_to", shipTo.lines()));
        List<String> letterhead = layout.partyInHeading() || random.nextBoolean() ? buyer.lines() : List.of();
        Table table = new Table(words.headers(), OrderLines.numeric(layout), lines.printed);
        List<Labelled> totals = List.of(words.field("total_amount", formats.money(lines.sum)));
        GroundTruth groundTruth = new GroundTruth(id, DocumentType.PURCHASE_ORDER, layout.id(), layout.holdout(),
                truth, lines.truth);
        return new Composed(groundTruth, new DocumentContent(letterhead, words.title(), fields, table, totals,
                List.of()));
    }
}
