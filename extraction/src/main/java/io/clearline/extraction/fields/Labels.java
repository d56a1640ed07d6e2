package io.clearline.extraction.fields;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How documents name their fields and table columns: English and German, French, Dutch, Spanish and
 * Italian header labels, and a few Polish and Scandinavian ones. General vocabulary of the trade, not
 * any one layout's.
 */
public final class Labels {

    private static final Pattern PERCENT = Pattern.compile("\\(?\\d+(?:[.,]\\d+)?\\s*%\\)?");
    private static final Pattern PUNCT = Pattern.compile("[.:#\\-/()'’*]");

    /** Label texts recur across documents; normalising each once keeps reading fast. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private static final Map<List<String>, Set<String>> SQUASHED =
            new ConcurrentHashMap<>();

    private Labels() {
    }

    static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("po_number", List.of("po number", "po no", "po nr", "po", "p o", "purchase order",
                    "purchase order no", "purchase order number", "order number", "order no", "po ref", "po reference",
                    "customer po", "your order", "your order no", "order ref", "customer order", "customer order no",
                    "your po", "bestellnummer", "bestellnr", "bestell nr", "ihre bestellung", "ihre bestellnr",
                    "auftragsnummer", "ihre bestellnummer", "bestellung", "order reference", "buyer order reference",
                    "numéro de commande", "bon de commande",
                    "votre commande", "votre référence", "référence commande", "n° de commande", "uw bestelling", "uw order",
                    "uw ordernummer", "bestelnummer", "ordernummer", "pedido", "número de pedido", "n° de pedido",
                    "su pedido", "numero ordine", "ordine n", "vostro ordine", "rif ordine", "riferimento ordine")),
            Map.entry("order_date", List.of("order date", "date", "po date", "date ordered", "issued", "date of order",
                    "dated", "issue date", "bestelldatum", "datum", "auftragsdatum", "order issue date",
                    "date de commande", "date commande", "besteldatum", "orderdatum", "fecha de pedido", "fecha pedido",
                    "data ordine", "data dell'ordine", "fecha", "data")),
            Map.entry("requested_delivery_date", List.of("requested delivery", "requested delivery date",
                    "delivery date", "required by", "need by", "deliver by", "requested date", "ship date", "due date",
                    "delivery requested", "required date", "liefertermin", "wunschtermin", "lieferdatum",
                    "gewünschter liefertermin")),
            Map.entry("currency", List.of("currency", "curr", "currency code", "währung", "devise",
                    "monnaie", "valuta fattura", "moneda", "divisa")),
            Map.entry("buyer_name", List.of("buyer", "bill to", "customer", "sold to", "purchaser", "customer name",
                    "buyer name", "ordered by", "invoice to", "billed to", "besteller", "kunde", "auftraggeber",
                    "rechnungsempfänger", "käufer", "client", "acheteur", "leistungsempfänger", "factuuradres", "rechnungsadresse", "billing address", "bill to address", "nabywca", "kupujący", "køber", "köpare",
                    "facturé à", "adresse de facturation", "destinataire", "klant", "afnemer", "geadresseerde", "cliente",
                    "facturar a", "datos del cliente", "committente", "cessionario", "cessionario committente",
                    "destinatario", "spett le", "intestatario", "adresse du client", "adresse client")),
            Map.entry("ship_to", List.of("ship to", "deliver to", "shipping address", "delivery address", "ship to address",
                    "consignee", "lieferadresse", "lieferanschrift", "warenempfänger", "adresse de livraison",
                    "afleveradres", "leveradres", "dirección de entrega", "direccion de envio", "indirizzo di consegna",
                    "luogo di consegna", "destinazione merce", "livraison")),
            Map.entry("total_amount", List.of("grand total", "total amount", "invoice total", "order total", "total gross amount", "gross total",
                    "total incl vat", "total ttc", "gesamtbetrag", "bruttosumme", "rechnungsbetrag", "bruttobetrag",
                    "gesamt brutto", "gesamtsumme", "endbetrag", "rechnungssumme", "totaal", "total", "summe",
                    "total eur", "total usd", "total amount due", "total for this invoice", "invoice amount", "total payable", "due payable", "amount due", "total due", "balance due", "zahlbetrag",
                    "te betalen", "summe gesamt", "należność ogółem", "do zapłaty", "total à payer", "net à payer", "montant total ttc",
                    "montant ttc", "montant total", "total général", "totaal te betalen", "totaalbedrag", "te voldoen",
                    "totaal incl btw", "bedrag", "importe total", "total factura", "total a pagar", "total importe",
                    "totale", "totale fattura", "totale documento", "totale da pagare", "netto a pagare",
                    "importo totale", "total paid", "amount paid", "total received")),
            Map.entry("net_amount", List.of("subtotal", "net amount", "sub total", "net total", "total net", "net",
                    "amount before tax", "total excl vat", "nettobetrag", "zwischensumme", "summe netto", "netto",
                    "gesamt netto", "nettosumme", "total ht", "subtotaal", "total without vat",
                    "montant ht", "total hors taxes", "sous total", "totaal excl btw", "netto bedrag", "base imponible",
                    "subtotal sin iva", "imponibile", "totale imponibile", "totale netto")),
            Map.entry("tax_amount", List.of("tax", "vat", "sales tax", "tax amount", "gst", "vat amount", "total vat",
                    "mwst", "ust", "mehrwertsteuer", "umsatzsteuer", "tva", "btw", "total tax", "vat total", "tax total", "total tva", "total vat", "steuerbetrag", "summe ust", "summe mwst",
                    "montant tva", "btw bedrag", "totaal btw", "iva", "importe iva", "cuota iva", "imposta", "totale iva")),
            Map.entry("invoice_number", List.of("invoice number", "invoice no", "invoice", "invoice nr", "inv no",
                    "bill no", "document no", "invoice ref", "invoice id", "rechnungsnummer", "rechnungs nr",
                    "rechnungsnr", "beleg nr", "belegnummer", "rechnung nr", "facture n°", "numéro de facture",
                    "factuurnummer", "rechnung", "factuur", "facture", "invoice num", "rechnungs nummer", "credit note", "credit note no", "credit note number", "credit memo", "credit memo no", "gutschrift nr", "gutschriftsnummer", "avoir n°", "avoir", "faktura nr", "numer faktury", "fakturanummer", "invoice #",
                    "n° de facture", "numéro facture", "facture no", "n° facture", "factuurnr", "factuur nr", "factuurnummer",
                    "número de factura", "numero de factura", "factura n°", "factura nº", "nº factura", "factura no",
                    "n factura", "numero fattura", "fattura n", "fattura n°", "n fattura", "numero documento",
                    "receipt no", "receipt number", "receipt #", "receipt id", "booking id", "booking no",
                    "booking number", "booking reference")),
            Map.entry("issue_date", List.of("invoice date", "date", "date of issue", "issued", "billing date",
                    "issue date", "dated", "rechnungsdatum", "datum", "belegdatum", "date de facture", "factuurdatum",
                    "date facture", "rechnungs datum", "date of invoice", "invoice issue date", "credit note date", "gutschriftsdatum", "date de l'avoir", "data wystawienia", "fakturadatum", "data faktury",
                    "date d'émission", "date de la facture", "date facture", "datum factuur", "factuur datum",
                    "fecha", "fecha de factura", "fecha factura", "fecha de emisión", "fecha emisión", "data",
                    "data fattura", "data documento", "data emissione", "receipt date", "date of receipt")),
            Map.entry("due_date", List.of("due date", "payment due", "due", "pay by", "payment due date", "due by",
                    "net due", "fällig am", "fälligkeitsdatum", "zahlbar bis", "fällig", "échéance", "date d'échéance",
                    "vervaldatum", "fälligkeit", "fälligkeitstermin", "termin płatności", "forfallsdato", "förfallodatum",
                    "date limite de paiement", "à payer avant le", "date de paiement", "uiterste betaaldatum",
                    "betalen voor", "te betalen voor", "vervaldag", "fecha de vencimiento", "vencimiento",
                    "fecha vencimiento", "scadenza", "data scadenza", "data di scadenza", "scadenza pagamento")),
            Map.entry("seller_name", List.of("seller", "from", "supplier", "vendor", "issued by", "billed by",
                    "verkäufer", "lieferant", "rechnungssteller", "absender", "fournisseur", "vendeur", "leverancier", "seller name", "sprzedawca", "leverandør", "säljare",
                    "émetteur", "prestataire", "verkoper", "proveedor", "vendedor", "emisor", "fornitore",
                    "cedente", "cedente prestatore", "venditore", "sold by")),
            Map.entry("payer_name", List.of("payer", "from", "remitter", "paid by", "customer", "payer name",
                    "remitted by", "paying company", "zahler", "auftraggeber", "kunde", "zahlungspflichtiger")),
            Map.entry("payment_date", List.of("payment date", "date paid", "value date", "paid on", "date",
                    "settlement date", "pay date", "zahlungsdatum", "valuta", "überweisungsdatum", "zahldatum",
                    "wertstellung")),
            Map.entry("payment_amount", List.of("payment amount", "amount paid", "total payment", "payment total",
                    "amount", "net payment", "total paid", "remitted amount", "zahlbetrag", "überweisungsbetrag",
                    "gesamtzahlung", "betrag", "check amount", "eft amount")),
            Map.entry("payment_reference", List.of("check number", "payment reference", "reference", "check no",
                    "eft reference", "payment ref", "cheque no", "cheque number", "transaction ref", "remittance no",
                    "payment no", "payment number", "zahlungsreferenz", "referenz", "verwendungszweck", "scheck nr")),
            Map.entry("shipment_number", List.of("shipment no", "shipment number", "bill of lading", "bol",
                    "delivery note no", "tracking no", "tracking number", "bl no", "b l no", "delivery no",
                    "consignment no", "lieferschein nr", "lieferscheinnummer", "sendungsnummer", "frachtbrief nr",
                    "delivery note number", "waybill no")),
            Map.entry("delivery_date", List.of("delivery date", "delivered on", "date of delivery", "date delivered",
                    "delivered", "receipt date", "date received", "lieferdatum", "zugestellt am", "anlieferdatum",
                    "geliefert am")),
            Map.entry("receiver_name", List.of("received by", "receiver", "signed by", "recipient", "consignee signatory",
                    "name print", "accepted by", "receiver name", "empfangen von", "empfänger", "name empfänger",
                    "übernommen von", "received by print")),
            Map.entry("signature_present", List.of("signature", "receiver signature", "signed", "customer signature",
                    "sign", "recipient signature", "unterschrift", "unterschrift empfänger")),
            Map.entry("exceptions", List.of("remarks", "exceptions", "notes", "delivery exceptions", "comments",
                    "exceptions noted", "discrepancies", "bemerkungen", "vermerke", "beanstandungen", "bemerkung")));

    static final Map<String, List<String>> COLUMNS = Map.ofEntries(
            Map.entry("item", List.of("item", "sku", "item no", "part number", "article", "product code", "item code",
                    "part no", "item number", "article no", "artikel nr", "artikelnummer", "art nr", "material",
                    "artikel", "code", "réf", "ref")),
            Map.entry("description", List.of("description", "item description", "product", "product description",
                    "details", "item name", "bezeichnung", "beschreibung", "artikelbezeichnung", "désignation",
                    "omschrijving", "leistung", "name")),
            Map.entry("quantity", List.of("qty", "quantity", "qty ordered", "units", "order qty", "menge", "anzahl",
                    "bestellmenge", "quantité", "aantal", "qté")),
            Map.entry("unit", List.of("unit", "uom", "u m", "um", "einheit", "me", "unité")),
            Map.entry("unit_price", List.of("unit price", "price", "rate", "price unit", "priceunit", "unit cost", "each",
                    "einzelpreis", "preis", "e preis", "stückpreis", "prix unitaire", "prijs", "price per unit")),
            Map.entry("amount", List.of("amount", "total", "line total", "extended price", "ext amount", "net amount",
                    "extension", "line amount", "betrag", "gesamtpreis", "gesamt", "summe", "montant", "bedrag",
                    "total ht", "net")),
            Map.entry("quantity_ordered", List.of("ordered", "qty ordered", "ordered qty", "order qty", "qty ord",
                    "shipped", "bestellt", "bestellmenge", "menge bestellt")),
            Map.entry("quantity_delivered", List.of("delivered", "qty delivered", "delivered qty", "received",
                    "qty received", "qty del", "received qty", "accepted", "geliefert", "liefermenge",
                    "menge geliefert", "erhalten")),
            Map.entry("invoice_number", List.of("invoice no", "invoice", "document no", "your invoice",
                    "invoice number", "inv no", "invoice ref", "document", "rechnungsnr", "rechnungsnummer", "beleg nr",
                    "rechnung", "reference")),
            Map.entry("invoice_date", List.of("invoice date", "date", "doc date", "document date", "inv date",
                    "rechnungsdatum", "belegdatum", "datum", "re datum")),
            Map.entry("gross_amount", List.of("gross", "gross amount", "invoice amount", "amount", "gross amt",
                    "original amount", "invoice amt", "amount due", "brutto", "rechnungsbetrag", "bruttobetrag",
                    "betrag")),
            Map.entry("discount_amount", List.of("discount", "disc", "cash discount", "discount taken", "disc taken",
                    "early pay disc", "skonto", "skontoabzug")),
            Map.entry("deduction_amount", List.of("deduction", "deductions", "adjustment", "adjustments", "short pay",
                    "deduction amt", "deducted", "chargeback", "kürzung", "abzug", "kürzungsbetrag", "abzüge")),
            Map.entry("deduction_reason", List.of("reason", "deduction reason", "remarks", "comment", "reason code",
                    "explanation", "note", "grund", "kürzungsgrund", "bemerkung", "begründung")),
            Map.entry("paid_amount", List.of("paid", "amount paid", "net paid", "payment", "paid amount", "net amount",
                    "net payment", "zahlbetrag", "gezahlt", "bezahlt", "zahlung")));

    /** Whether a printed label is one of the given names, compared without spaces ("Factuur datum" = "factuurdatum"). */
    static boolean matches(List<String> names, String text) {
        // only label-like texts are kept (short, no digits): they recur across documents, values do not
        boolean labelLike = text.length() <= 40 && text.chars().noneMatch(Character::isDigit);
        String key = labelLike && KEYS.size() < 100_000 ? KEYS.computeIfAbsent(text, Labels::squashed) : squashed(text);
        return !key.isEmpty() && SQUASHED.computeIfAbsent(names, l -> l.stream()
                .map(n -> normalise(n).replace(" ", "")).collect(Collectors.toSet())).contains(key);
    }

    private static String squashed(String text) {
        return normalise(text).replace(" ", "");
    }

    /** Lower case, without punctuation, percentages and extra spaces: "VAT 19%:" is "vat". */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        s = PERCENT.matcher(s).replaceAll(" ");
        s = PUNCT.matcher(s).replaceAll(" ");
        return s.replaceAll("\\s+", " ").strip();
    }

    static boolean isAnyFieldLabel(String text) {
        return FIELDS.values().stream().anyMatch(l -> matches(l, text));
    }
}
