package io.clearline.trainingdata.documents;

import io.clearline.core.document.DocumentType;
import io.clearline.trainingdata.documents.DocumentContent.Labelled;
import io.clearline.trainingdata.documents.DocumentContent.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * A signed proof of delivery from the distributor's carrier, with exceptions noted by the
 * receiver at known rates: damaged, short, refused; and sometimes no signature.
 */
final class DeliveryComposer {

    private DeliveryComposer() {
    }

    static Composed compose(String id, Random random, Layout layout, Party distributor) {
        Formats formats = new Formats(layout);
        Wording words = new Wording(layout);
        boolean german = words.german();
        String shipment = Catalog.number(random, random.nextBoolean() ? "SH" : "BOL-", 7);
        String poNumber = Catalog.number(random, random.nextBoolean() ? "PO-" : "45", 7);
        LocalDate delivered = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600));
        String receiver = Catalog.person(random);
        boolean signed = random.nextInt(10) != 0;
        int count = 1 + random.nextInt(random.nextInt(4) == 0 ? 12 : 5);
        TreeSet<String> exceptions = new TreeSet<>();
        List<String> remarks = new ArrayList<>();
        List<Map<String, Object>> truthLines = new ArrayList<>();
        List<List<String>> printed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Item item = Catalog.item(random, layout.language());
            int ordered = 1 + random.nextInt(60);
            int deliveredQty = ordered;
            if (random.nextInt(10) == 0 && ordered > 1) {
                deliveredQty = ordered - 1 - random.nextInt(ordered - 1);
                exceptions.add("SHORT");
                remarks.add(german ? "Fehlmenge " + (ordered - deliveredQty) + " " + item.unit() + " " + item.sku()
                        : "Short " + (ordered - deliveredQty) + " " + item.unit() + " of " + item.sku());
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("item", item.sku());
            line.put("quantity_delivered", String.valueOf(deliveredQty));
            truthLines.add(line);
            List<String> cells = new ArrayList<>();
            for (String column : layout.columns()) {
                cells.add(switch (column) {
                    case "item" -> item.sku();
                    case "description" -> item.description();
                    case "unit" -> item.unit();
                    case "quantity_ordered" -> formats.quantity(BigDecimal.valueOf(ordered));
                    default -> formats.quantity(BigDecimal.valueOf(deliveredQty));
                });
            }
            printed.add(cells);
        }
        if (random.nextInt(10) == 0) {
            exceptions.add("DAMAGED");
            int cartons = 1 + random.nextInt(3);
            remarks.add(german ? cartons + " Karton(s) beschädigt" : cartons + " carton(s) damaged");
        }
        if (random.nextInt(20) == 0) {
            exceptions.add("REFUSED");
            remarks.add(german ? "1 Palette Annahme verweigert" : "1 pallet refused by receiver");
        }
        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("shipment_number", shipment);
        truth.put("po_number", poNumber);
        truth.put("delivery_date", delivered.toString());
        truth.put("receiver_name", receiver);
        truth.put("signature_present", signed);
        truth.put("exceptions", List.copyOf(exceptions));

        Party customer = Catalog.company(random, layout.language());
        List<Labelled> fields = new ArrayList<>();
        fields.add(words.field("shipment_number", shipment));
        fields.add(words.field("pod_po_number", poNumber));
        fields.add(words.field("delivery_date", formats.date(delivered) + "  " + (8 + random.nextInt(10)) + ":"
                + String.format("%02d", random.nextInt(60))));
        fields.add(words.field("ship_to", customer.lines()));
        Table table = new Table(words.headers(), OrderLines.numeric(layout), printed);
        String noRemarks = german ? "Keine Beanstandungen" : List.of("None", "No exceptions", "-").get(
                layout.variant() % 3);
        List<Labelled> closing = List.of(
                words.field("exceptions", remarks.isEmpty() ? List.of(noRemarks) : remarks),
                words.field("receiver_name", receiver),
                words.field("signature", signed ? "/s/ " + receiver : "______________________"));
        GroundTruth groundTruth = new GroundTruth(id, DocumentType.PROOF_OF_DELIVERY, layout.id(), layout.holdout(),
                truth, truthLines);
        return new Composed(groundTruth, new DocumentContent(distributor.lines(), words.title(), fields, table,
                List.of(), closing));
    }
}
