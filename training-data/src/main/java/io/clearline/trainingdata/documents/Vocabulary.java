package io.clearline.trainingdata.documents;

import io.clearline.core.document.DocumentType;
import java.util.List;
import java.util.Map;

/**
 * The wording documents use for titles, field labels and column headers, per language. A layout
 * picks one entry per list by its variant number, so layouts differ in wording.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    private static final Map<String, List<String>> EN = Map.ofEntries(
            Map.entry("title.PURCHASE_ORDER", List.of("PURCHASE ORDER", "Purchase Order", "PURCHASE ORDER", "Order",
                    "Purchase Order", "P U R C H A S E  O R D E R", "Purchase Order Form", "PO")),
            Map.entry("title.INVOICE", List.of("INVOICE", "Invoice", "Tax Invoice", "Commercial Invoice", "INVOICE",
                    "Sales Invoice", "Invoice", "Bill")),
            Map.entry("title.REMITTANCE_ADVICE", List.of("REMITTANCE ADVICE", "Payment Advice", "Remittance Advice",
                    "Remittance", "Payment Remittance", "Advice of Payment", "REMITTANCE", "Payment Notification")),
            Map.entry("title.PROOF_OF_DELIVERY", List.of("PROOF OF DELIVERY", "Delivery Receipt", "Proof of Delivery",
                    "Delivery Note", "POD", "Signed Delivery Receipt", "Proof Of Delivery", "Delivery Confirmation")),
            Map.entry("po_number", List.of("PO Number", "Purchase Order No.", "P.O. #", "Order Number", "PO No.",
                    "Purchase Order", "PO #", "Order No.", "PO Ref")),
            Map.entry("order_date", List.of("Order Date", "Date", "PO Date", "Date Ordered", "Issued", "Order Date",
                    "Date of Order", "Dated", "Issue Date")),
            Map.entry("requested_delivery_date", List.of("Requested Delivery", "Delivery Date", "Required By",
                    "Need By", "Deliver By", "Requested Date", "Ship Date", "Due Date", "Delivery Requested")),
            Map.entry("currency", List.of("Currency", "Currency", "Curr.", "Currency Code", "Currency", "Curr",
                    "Currency", "Currency", "Currency")),
            Map.entry("buyer_name", List.of("Buyer", "Bill To", "Customer", "Sold To", "Purchaser", "Customer Name",
                    "Bill to", "Buyer Name", "Ordered By")),
            Map.entry("ship_to", List.of("Ship To", "Deliver To", "Shipping Address", "Ship to", "Delivery Address",
                    "Ship-To", "Consignee", "Deliver to", "Ship To Address")),
            Map.entry("vendor", List.of("Vendor", "Supplier", "To", "Vendor", "Supplier", "Seller", "Vendor", "Supplier",
                    "Vendor")),
            Map.entry("total_amount", List.of("Total", "Grand Total", "Total Amount", "Order Total", "TOTAL",
                    "Amount Due", "Total Due", "Invoice Total", "Total")),
            Map.entry("net_amount", List.of("Subtotal", "Net Amount", "Sub-Total", "Net Total", "Subtotal",
                    "Total Net", "Net", "Amount before tax", "Subtotal")),
            Map.entry("tax_amount", List.of("Tax", "VAT", "Sales Tax", "Tax Amount", "VAT", "Tax", "Sales tax",
                    "GST", "Tax")),
            Map.entry("invoice_number", List.of("Invoice Number", "Invoice No.", "Invoice #", "Invoice No", "Inv. No.",
                    "Invoice", "Bill No.", "Document No.", "Invoice Ref")),
            Map.entry("issue_date", List.of("Invoice Date", "Date", "Date of Issue", "Invoice Date", "Issued",
                    "Billing Date", "Date", "Issue Date", "Dated")),
            Map.entry("due_date", List.of("Due Date", "Payment Due", "Due", "Due Date", "Pay By", "Payment Due Date",
                    "Due date", "Due By", "Net Due")),
            Map.entry("seller_name", List.of("Seller", "From", "Supplier", "Vendor", "Seller", "Issued By", "From",
                    "Supplier", "Billed By")),
            Map.entry("payer_name", List.of("Payer", "From", "Remitter", "Paid By", "Payer", "Customer", "Payer Name",
                    "Remitted By", "Paying Company")),
            Map.entry("payment_date", List.of("Payment Date", "Date Paid", "Value Date", "Payment Date", "Paid On",
                    "Date", "Settlement Date", "Payment date", "Pay Date")),
            Map.entry("payment_amount", List.of("Payment Amount", "Amount Paid", "Total Payment", "Payment Total",
                    "Amount", "Net Payment", "Total Paid", "Payment amount", "Remitted Amount")),
            Map.entry("payment_reference", List.of("Check Number", "Payment Reference", "Reference", "Check No.",
                    "EFT Reference", "Payment Ref", "Cheque No.", "Transaction Ref", "Remittance No.")),
            Map.entry("shipment_number", List.of("Shipment No.", "Bill of Lading", "BOL #", "Delivery Note No.",
                    "Shipment Number", "Tracking No.", "B/L No.", "Delivery No.", "Consignment No.")),
            Map.entry("pod_po_number", List.of("PO Reference", "Customer PO", "Your Order", "PO Number", "P.O. #",
                    "Order Ref", "PO No.", "Purchase Order", "Customer Order")),
            Map.entry("delivery_date", List.of("Delivery Date", "Delivered On", "Date of Delivery", "Delivery Date",
                    "Date Delivered", "Delivered", "Receipt Date", "Delivery date", "Date Received")),
            Map.entry("receiver_name", List.of("Received By", "Receiver", "Signed By", "Recipient", "Received by",
                    "Consignee Signatory", "Name (print)", "Accepted By", "Receiver Name")),
            Map.entry("signature", List.of("Signature", "Signature", "Receiver Signature", "Signed", "Signature",
                    "Customer Signature", "Sign", "Signature", "Recipient Signature")),
            Map.entry("exceptions", List.of("Remarks", "Exceptions", "Notes", "Delivery Exceptions", "Remarks",
                    "Comments", "Exceptions Noted", "Notes", "Discrepancies")),
            Map.entry("col.item", List.of("Item", "SKU", "Item No.", "Part Number", "Article", "Product Code", "Item #",
                    "Part No.", "Item Code")),
            Map.entry("col.description", List.of("Description", "Item Description", "Description", "Product",
                    "Description", "Product Description", "Description", "Details", "Item Name")),
            Map.entry("col.quantity", List.of("Qty", "Quantity", "Qty Ordered", "Quantity", "Units", "Qty", "Quantity",
                    "QTY", "Order Qty")),
            Map.entry("col.unit", List.of("Unit", "UOM", "U/M", "Unit", "UOM", "Unit", "U/M", "UoM", "Unit")),
            Map.entry("col.unit_price", List.of("Unit Price", "Price", "Rate", "Price/Unit", "Unit Price", "Unit Cost",
                    "Price", "Each", "Unit price")),
            Map.entry("col.amount", List.of("Amount", "Total", "Line Total", "Extended Price", "Amount", "Ext. Amount",
                    "Net Amount", "Extension", "Line Amount")),
            Map.entry("col.quantity_ordered", List.of("Ordered", "Qty Ordered", "Ordered Qty", "Ordered", "Order Qty",
                    "Ordered", "Qty Ord.", "Ordered", "Shipped")),
            Map.entry("col.quantity_delivered", List.of("Delivered", "Qty Delivered", "Delivered Qty", "Received",
                    "Qty Received", "Delivered", "Qty Del.", "Received Qty", "Accepted")),
            Map.entry("col.invoice_number", List.of("Invoice No.", "Invoice #", "Invoice", "Document No.",
                    "Your Invoice", "Invoice Number", "Inv No", "Invoice Ref", "Document")),
            Map.entry("col.invoice_date", List.of("Invoice Date", "Date", "Doc Date", "Invoice Date", "Date",
                    "Document Date", "Inv Date", "Date", "Invoice date")),
            Map.entry("col.gross_amount", List.of("Gross", "Gross Amount", "Invoice Amount", "Amount", "Gross Amt",
                    "Original Amount", "Invoice Amt", "Gross", "Amount Due")),
            Map.entry("col.discount_amount", List.of("Discount", "Disc.", "Cash Discount", "Discount Taken",
                    "Discount", "Disc Taken", "Discount", "Early Pay Disc.", "Discount")),
            Map.entry("col.deduction_amount", List.of("Deduction", "Deductions", "Adjustment", "Short Pay",
                    "Deduction", "Adjustments", "Deduction Amt", "Deducted", "Chargeback")),
            Map.entry("col.deduction_reason", List.of("Reason", "Deduction Reason", "Remarks", "Comment", "Reason",
                    "Reason Code", "Explanation", "Note", "Reason")),
            Map.entry("col.paid_amount", List.of("Paid", "Amount Paid", "Net Paid", "Payment", "Paid Amount",
                    "Net Amount", "Amount Paid", "Net Payment", "Paid")));

    private static final Map<String, List<String>> DE = Map.ofEntries(
            Map.entry("title.PURCHASE_ORDER", List.of("BESTELLUNG", "Bestellung", "Auftrag", "Einkaufsbestellung")),
            Map.entry("title.INVOICE", List.of("RECHNUNG", "Rechnung", "Warenrechnung", "Rechnung")),
            Map.entry("title.REMITTANCE_ADVICE", List.of("ZAHLUNGSAVIS", "Zahlungsavis", "Zahlungsankündigung",
                    "Avis")),
            Map.entry("title.PROOF_OF_DELIVERY", List.of("LIEFERSCHEIN", "Ablieferbeleg", "Empfangsbestätigung",
                    "Lieferschein")),
            Map.entry("po_number", List.of("Bestellnummer", "Bestell-Nr.", "Auftragsnummer", "Bestellnr.")),
            Map.entry("order_date", List.of("Bestelldatum", "Datum", "Auftragsdatum", "Bestelldatum")),
            Map.entry("requested_delivery_date", List.of("Liefertermin", "Wunschtermin", "Lieferdatum", "Liefertermin")),
            Map.entry("currency", List.of("Währung", "Währung", "Währung", "Währung")),
            Map.entry("buyer_name", List.of("Besteller", "Kunde", "Auftraggeber", "Rechnungsempfänger")),
            Map.entry("ship_to", List.of("Lieferadresse", "Lieferanschrift", "Warenempfänger", "Lieferadresse")),
            Map.entry("vendor", List.of("Lieferant", "Lieferant", "An", "Lieferant")),
            Map.entry("total_amount", List.of("Gesamtbetrag", "Summe", "Gesamtsumme", "Endbetrag")),
            Map.entry("net_amount", List.of("Nettobetrag", "Zwischensumme", "Summe netto", "Netto")),
            Map.entry("tax_amount", List.of("MwSt.", "USt.", "Mehrwertsteuer", "Umsatzsteuer")),
            Map.entry("invoice_number", List.of("Rechnungsnummer", "Rechnungs-Nr.", "Rechnungsnr.", "Beleg-Nr.")),
            Map.entry("issue_date", List.of("Rechnungsdatum", "Datum", "Belegdatum", "Rechnungsdatum")),
            Map.entry("due_date", List.of("Fällig am", "Fälligkeitsdatum", "Zahlbar bis", "Fällig")),
            Map.entry("seller_name", List.of("Verkäufer", "Lieferant", "Rechnungssteller", "Absender")),
            Map.entry("payer_name", List.of("Zahler", "Auftraggeber", "Kunde", "Zahlungspflichtiger")),
            Map.entry("payment_date", List.of("Zahlungsdatum", "Valuta", "Überweisungsdatum", "Zahldatum")),
            Map.entry("payment_amount", List.of("Zahlbetrag", "Überweisungsbetrag", "Gesamtzahlung", "Betrag")),
            Map.entry("payment_reference", List.of("Zahlungsreferenz", "Referenz", "Verwendungszweck", "Scheck-Nr.")),
            Map.entry("shipment_number", List.of("Lieferschein-Nr.", "Sendungsnummer", "Lieferscheinnummer",
                    "Frachtbrief-Nr.")),
            Map.entry("pod_po_number", List.of("Ihre Bestellung", "Bestellnummer", "Bestell-Nr.", "Ihre Bestellnr.")),
            Map.entry("delivery_date", List.of("Lieferdatum", "Zugestellt am", "Anlieferdatum", "Lieferdatum")),
            Map.entry("receiver_name", List.of("Empfangen von", "Empfänger", "Name Empfänger", "Übernommen von")),
            Map.entry("signature", List.of("Unterschrift", "Unterschrift Empfänger", "Unterschrift", "Unterschrift")),
            Map.entry("exceptions", List.of("Bemerkungen", "Vermerke", "Beanstandungen", "Bemerkung")),
            Map.entry("col.item", List.of("Artikel-Nr.", "Artikelnummer", "Art.-Nr.", "Material")),
            Map.entry("col.description", List.of("Bezeichnung", "Beschreibung", "Artikelbezeichnung", "Bezeichnung")),
            Map.entry("col.quantity", List.of("Menge", "Anzahl", "Menge", "Bestellmenge")),
            Map.entry("col.unit", List.of("Einheit", "ME", "Einheit", "ME")),
            Map.entry("col.unit_price", List.of("Einzelpreis", "Preis", "E-Preis", "Stückpreis")),
            Map.entry("col.amount", List.of("Betrag", "Gesamtpreis", "Gesamt", "Summe")),
            Map.entry("col.quantity_ordered", List.of("Bestellt", "Bestellmenge", "Menge bestellt", "Bestellt")),
            Map.entry("col.quantity_delivered", List.of("Geliefert", "Liefermenge", "Menge geliefert", "Erhalten")),
            Map.entry("col.invoice_number", List.of("Rechnungsnr.", "Rechnungsnummer", "Beleg-Nr.", "Rechnung")),
            Map.entry("col.invoice_date", List.of("Rechnungsdatum", "Belegdatum", "Datum", "Re.-Datum")),
            Map.entry("col.gross_amount", List.of("Brutto", "Rechnungsbetrag", "Bruttobetrag", "Betrag")),
            Map.entry("col.discount_amount", List.of("Skonto", "Skonto", "Skontoabzug", "Skonto")),
            Map.entry("col.deduction_amount", List.of("Kürzung", "Abzug", "Kürzungsbetrag", "Abzüge")),
            Map.entry("col.deduction_reason", List.of("Grund", "Kürzungsgrund", "Bemerkung", "Begründung")),
            Map.entry("col.paid_amount", List.of("Zahlbetrag", "Gezahlt", "Bezahlt", "Zahlung")));

    static String word(Language language, String key, int variant) {
        List<String> options = (language == Language.DE ? DE : EN).get(key);
        if (options == null) {
            throw new IllegalArgumentException("no wording for " + key);
        }
        return options.get(variant % options.size());
    }

    static String title(Language language, DocumentType type, int variant) {
        return word(language, "title." + type.name(), variant);
    }
}
