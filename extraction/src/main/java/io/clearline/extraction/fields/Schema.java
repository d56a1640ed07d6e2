package io.clearline.extraction.fields;

import io.clearline.core.document.DocumentType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields and line-item columns of each document type, named as the JSON contract spells them,
 * with the kind of value each holds and the column that makes a table row a line item.
 */
public record Schema(DocumentType type, Map<String, Kind> fields, Map<String, Kind> columns, String keyColumn) {

    public static Schema of(DocumentType type) {
        return switch (type) {
            case PURCHASE_ORDER -> new Schema(type, map(
                    "po_number", Kind.IDENTIFIER, "buyer_name", Kind.NAME, "ship_to", Kind.ADDRESS,
                    "order_date", Kind.DATE, "requested_delivery_date", Kind.DATE, "currency", Kind.CURRENCY,
                    "total_amount", Kind.AMOUNT), orderLines(), "amount");
            case INVOICE -> new Schema(type, map(
                    "invoice_number", Kind.IDENTIFIER, "issue_date", Kind.DATE, "due_date", Kind.DATE,
                    "seller_name", Kind.NAME, "buyer_name", Kind.NAME, "po_number", Kind.IDENTIFIER,
                    "currency", Kind.CURRENCY, "net_amount", Kind.AMOUNT, "tax_amount", Kind.AMOUNT,
                    "total_amount", Kind.AMOUNT), orderLines(), "amount");
            case REMITTANCE_ADVICE -> new Schema(type, map(
                    "payer_name", Kind.NAME, "payment_date", Kind.DATE, "payment_amount", Kind.AMOUNT,
                    "payment_reference", Kind.IDENTIFIER), map(
                    "invoice_number", Kind.IDENTIFIER, "invoice_date", Kind.DATE, "gross_amount", Kind.AMOUNT,
                    "discount_amount", Kind.AMOUNT, "deduction_amount", Kind.AMOUNT, "deduction_reason", Kind.TEXT,
                    "paid_amount", Kind.AMOUNT), "invoice_number");
            case PROOF_OF_DELIVERY -> new Schema(type, map(
                    "shipment_number", Kind.IDENTIFIER, "po_number", Kind.IDENTIFIER, "delivery_date", Kind.DATE,
                    "receiver_name", Kind.NAME, "signature_present", Kind.SIGNATURE, "exceptions", Kind.EXCEPTIONS),
                    map("item", Kind.IDENTIFIER, "description", Kind.TEXT, "quantity_ordered", Kind.QUANTITY,
                            "quantity_delivered", Kind.QUANTITY, "unit", Kind.TEXT), "quantity_delivered");
            case OTHER -> new Schema(type, Map.of(), Map.of(), "");
        };
    }

    /** Columns read to place cells but not reported (a POD's ordered quantity and description). */
    public boolean reported(String column) {
        return type != DocumentType.PROOF_OF_DELIVERY || column.equals("item") || column.equals("quantity_delivered");
    }

    private static Map<String, Kind> orderLines() {
        return map("item", Kind.IDENTIFIER, "description", Kind.TEXT, "quantity", Kind.QUANTITY, "unit", Kind.TEXT,
                "unit_price", Kind.AMOUNT, "amount", Kind.AMOUNT);
    }

    private static Map<String, Kind> map(Object... pairs) {
        Map<String, Kind> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return map;
    }
}
