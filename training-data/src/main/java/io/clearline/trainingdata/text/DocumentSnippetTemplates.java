package io.clearline.trainingdata.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * First-page vocabulary of the documents a distributor receives — titles, field lines, closing lines
 * per type (and per kind within OTHER) and language — and the page layouts that arrange them.
 * Layouts are dealt out by partition, so evaluation pages are arranged in ways training never saw;
 * the vocabulary of a document type is shared, as it is in the real world.
 */
final class DocumentSnippetTemplates {

    /** The words one kind of document uses. */
    record Kind(List<String> titles, List<String> fields, List<String> closings) {
    }

    /** {title} {f1} {f2} {f3} {rows} {closing}; other placeholders see {@link Templates}. */
    static final List<String> LAYOUTS = List.of(
            "{title}\n{f1}\n{f2}\n{company}\n{city}\n{f3}\n{rows}\n{closing}",
            "{company}\n{city}\n{title}\n{f1}  {f2}\n{rows}\n{f3}\n{closing}",
            "{title} {f1}\n{f2}\n{rows}\n{closing}\n{f3}",
            "{company} | {city}\n\n{title}\n\n{f1}\n{f3}\n{rows}\n\n{f2}\n{closing}\nPage 1 of {n}",
            "{title}\n{f2}\n{f1}\n{rows}\n{f3} {closing}",
            "Page 1\n{company}\n{title}\n{f1}\n{f2}\n{f3}\n{rows}\n{closing}\n{name}",
            "{f1}\n{title}\n{company}, {city}\n{rows}\n{f2}\n{f3}\n{closing}",
            "{company}\n{title} - {f1}\n{f3}\n{rows}\n{closing}",
            "{title}\n{company}\n{city}\n{f1} / {f2} / {f3}\n{rows}\n{closing}\n{company}",
            "{title}\n{f3}\n{rows}\n{f1}\n{f2}\n{closing}\nTel {n}{qty}{qty}");

    static final Map<String, List<Kind>> ENGLISH = new LinkedHashMap<>();
    static final Map<String, List<Kind>> GERMAN = new LinkedHashMap<>();

    static {
        ENGLISH.put("PURCHASE_ORDER", List.of(new Kind(
                List.of("PURCHASE ORDER", "Purchase Order", "ORDER", "Purchase Order No. {po}", "PO", "Blanket Purchase Order"),
                List.of("PO Number: {po}", "Order Date: {date}", "Vendor: {company}", "Ship To: {city}",
                        "Requested delivery date: {date}", "Buyer: {name}", "Ship Via: Ground  FOB: Destination",
                        "Vendor No. {n}{qty}", "Deliver to: {city}", "Terms: Net 30", "Item Description Qty Unit Price Amount",
                        "Line Part No Qty UOM Price", "Order total: {amt}"),
                List.of("Please confirm receipt of this order.", "Authorized by {name}",
                        "Order subject to our terms of purchase", "Please supply the following", "Please send order confirmation",
                        "Reference our PO number on all invoices and delivery notes"))));
        ENGLISH.put("REMITTANCE_ADVICE", List.of(new Kind(
                List.of("REMITTANCE ADVICE", "Remittance Advice", "Payment Advice", "PAYMENT NOTIFICATION", "Remittance Details",
                        "Advice of Payment"),
                List.of("Payment Date: {date}", "Payer: {company}", "Payment Ref: {n}{qty}", "Payment amount {amt}",
                        "Check number {n}{qty}", "Value date {date}", "Payment Method: Wire", "Paid to: {company}",
                        "Invoice No Invoice Date Amount Paid Discount", "Document Reference Gross Deduction Net",
                        "Inv # Date Gross Amt Disc Taken Net Paid", "Total Payment {amt}"),
                List.of("The following invoices are settled by this payment", "Total remitted: {amt}",
                        "Questions: accounts payable {name}", "We have initiated a payment of {amt} to your account",
                        "This payment will appear on your bank statement as {company}", "Check total {amt}"))));
        ENGLISH.put("PROOF_OF_DELIVERY", List.of(new Kind(
                List.of("PROOF OF DELIVERY", "DELIVERY RECEIPT", "Delivery Note", "Packing Slip", "POD - Bill of Lading",
                        "Delivery confirmation"),
                List.of("Delivery Note {po}", "Shipped: {date}", "Consignee: {company}", "Carrier: {company}",
                        "Tracking No {n}{qty}", "Delivered {date} to {city}", "Pieces {qty}  Weight {qty} kg",
                        "No. of pallets {n}", "Item Qty Shipped Qty Received", "Recipient: {name}", "Ship date {date}"),
                List.of("Received in good condition", "Signature: ____ Name: {name}", "Goods received by: {name}",
                        "Receiver signature and date {date}", "Damages / shortages noted on receipt: ____",
                        "Exceptions noted: none"))));
        ENGLISH.put("INVOICE", List.of(new Kind(
                List.of("INVOICE", "Tax Invoice", "Invoice", "Commercial Invoice", "BILL", "Invoice #{inv}"),
                List.of("Invoice No: {inv}", "Invoice Date: {date}", "Bill To: {company}", "Customer PO {po}",
                        "Subtotal {amt}", "Sales Tax {amt}", "VAT {pct}% {amt}", "Total Due {amt}", "Amount due {amt}",
                        "Due date {date}", "Customer no. {n}{qty}", "Description Qty Unit Price Amount", "Freight {amt}"),
                List.of("Payment terms: Net 30", "Please remit to account ...", "Balance due {amt} by {date}",
                        "Invoice total {amt}", "Thank you for your business", "Late payments subject to interest"))));
        ENGLISH.put("OTHER", List.of(
                new Kind(List.of("STATEMENT OF ACCOUNT", "Account Statement", "Customer Statement"),
                        List.of("Statement date {date}", "Customer: {company}", "Open items:", "Balance {amt}", "Aging 30 60 90"),
                        List.of("Please review your balance", "Balance forward {amt}")),
                new Kind(List.of("Price list", "PRICE LIST", "Price Catalogue"),
                        List.of("valid from {date}", "Article Description List price", "Currency USD"),
                        List.of("Prices subject to change", "All prices exclude tax")),
                new Kind(List.of("QUOTATION", "Quote", "Sales Quote"),
                        List.of("Quote date {date}", "Valid 30 days", "For: {company}", "Quote no. {po}"),
                        List.of("This is not an invoice", "We look forward to your order")),
                new Kind(List.of("CREDIT NOTE", "Credit Memo", "CREDIT MEMO"),
                        List.of("Credit note no. {inv}", "Credit to {company}", "Total credit {amt}", "Original invoice {inv}"),
                        List.of("This amount has been credited to your account", "Credit memo for returned goods")),
                new Kind(List.of("Newsletter", "Product news", "Company announcement"),
                        List.of("New products this month", "Contact your sales rep {name}", "Issue {n}"),
                        List.of("Unsubscribe", "Visit our website")),
                new Kind(List.of("PAYMENT REMINDER", "Overdue notice", "Dunning letter"),
                        List.of("The following items are overdue", "Reminder date {date}", "Amount overdue {amt}"),
                        List.of("Please pay within 7 days", "Ignore this letter if already paid"))));

        GERMAN.put("PURCHASE_ORDER", List.of(new Kind(
                List.of("BESTELLUNG", "Bestellung", "Einkaufsbestellung", "Auftrag / Bestellung", "Bestellschein", "Bestellung Nr. {po}"),
                List.of("Bestellnummer: {po}", "Bestelldatum: {date}", "Lieferant: {company}", "Lieferanschrift: {city}",
                        "Wunschtermin {date}", "Lieferantennummer {n}{qty}", "Warenempfänger {city}", "Pos Artikel Menge Einzelpreis",
                        "Bestellsumme netto {amt}", "Einkauf: {name}", "Liefertermin {date}"),
                List.of("Es gelten unsere Einkaufsbedingungen", "Bitte Auftragsbestätigung senden", "Bitte liefern Sie an: {city}",
                        "Bitte Bestellnummer auf allen Dokumenten angeben", "Gesamtwert {amt}"))));
        GERMAN.put("REMITTANCE_ADVICE", List.of(new Kind(
                List.of("ZAHLUNGSAVIS", "Zahlungsavis", "Avis über Zahlung", "Überweisungsavis", "Zahlungsmitteilung", "Zahlungsavis Nr. {n}{qty}"),
                List.of("Zahlungsdatum: {date}", "Zahler: {company}", "Valuta {date}", "Empfänger {company}", "Zahlungsbetrag {amt}",
                        "Rechnungsnr Datum Betrag Skonto Zahlbetrag", "Beleg Brutto Abzug Netto", "Überweisungsbetrag {amt}"),
                List.of("Folgende Rechnungen werden beglichen:", "Wir haben heute {amt} an Sie überwiesen.",
                        "Rückfragen an Kreditorenbuchhaltung {name}", "Summe gezahlt {amt}", "Ausgeglichene Belege siehe oben"))));
        GERMAN.put("PROOF_OF_DELIVERY", List.of(new Kind(
                List.of("LIEFERSCHEIN", "Lieferschein", "Empfangsbestätigung", "Abliefernachweis", "Zustellnachweis", "Packliste"),
                List.of("Lieferdatum {date}", "Empfänger {company}", "Spedition {company}", "Sendungsnummer {n}{qty}",
                        "Zugestellt am {date}", "Anzahl Paletten {n}", "Pos Artikel Menge", "Versanddatum {date}"),
                List.of("Ware in einwandfreiem Zustand erhalten", "Unterschrift {name}", "Quittiert von {name}",
                        "Empfänger Unterschrift und Datum {date}", "Vermerke: keine Schäden", "Ware erhalten: {name}"))));
        GERMAN.put("INVOICE", List.of(new Kind(
                List.of("RECHNUNG", "Rechnung", "Warenrechnung", "RECHNUNG / INVOICE", "Rechnung Nr. {inv}", "Steuerrechnung"),
                List.of("Rechnungsnummer: {inv}", "Rechnungsdatum: {date}", "Kunde: {company}", "Ihre Bestellung {po}",
                        "Netto {amt}", "MwSt {pct}% {amt}", "USt {amt}", "Gesamtbetrag {amt}", "Leistungszeitraum {date}",
                        "Kundennummer {n}{qty}", "Pos Bezeichnung Menge Preis Betrag", "Rechnungsbetrag {amt}"),
                List.of("Zahlbar bis {date} ohne Abzug", "Zahlungsziel 30 Tage netto", "Bankverbindung IBAN DE...",
                        "Endbetrag {amt}", "Vielen Dank für Ihren Auftrag"))));
        GERMAN.put("OTHER", List.of(
                new Kind(List.of("KONTOAUSZUG", "Saldenbestätigung", "Kontoauszug Debitor"),
                        List.of("Stichtag {date}", "Kunde {company}", "Saldo {amt}", "Offene Posten:"),
                        List.of("Bitte prüfen Sie den Saldo", "Saldovortrag {amt}")),
                new Kind(List.of("Preisliste", "PREISLISTE"),
                        List.of("gültig ab {date}", "Artikel Bezeichnung Listenpreis"),
                        List.of("Änderungen vorbehalten", "Alle Preise zzgl. MwSt")),
                new Kind(List.of("ANGEBOT", "Angebot", "Kostenvoranschlag"),
                        List.of("Angebotsdatum {date}", "Gültig 30 Tage", "Angebotsnummer {po}"),
                        List.of("Dies ist keine Rechnung", "Wir freuen uns auf Ihren Auftrag")),
                new Kind(List.of("GUTSCHRIFT", "Gutschrift", "Rechnungskorrektur"),
                        List.of("Gutschriftsnummer {inv}", "Gutschriftsbetrag {amt}", "zu Rechnung {inv}"),
                        List.of("Der Betrag wird Ihrem Konto gutgeschrieben", "Gutschrift für Retoure")),
                new Kind(List.of("Mahnung", "Zahlungserinnerung", "1. Mahnung"),
                        List.of("folgende Posten sind offen", "Mahndatum {date}", "offener Betrag {amt}"),
                        List.of("Bitte zahlen Sie innerhalb von 7 Tagen", "Falls bereits bezahlt, betrachten Sie dieses Schreiben als gegenstandslos")),
                new Kind(List.of("Rundschreiben", "Neuigkeiten", "Kundeninformation"),
                        List.of("Neue Produkte diesen Monat", "Ihr Ansprechpartner {name}"),
                        List.of("Abmelden", "Besuchen Sie unsere Website"))));
    }

    private DocumentSnippetTemplates() {
    }
}
