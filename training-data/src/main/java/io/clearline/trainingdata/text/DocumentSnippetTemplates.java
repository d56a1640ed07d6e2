package io.clearline.trainingdata.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * First-page vocabulary of the documents a distributor receives — titles, field lines, closing lines
 * per type (and per kind within OTHER; an invoice's second kind is its credit note) and language — and
 * the page layouts that arrange them.
 * Layouts are dealt out by partition, so evaluation pages are arranged in ways training never saw;
 * the vocabulary of a document type is shared, as it is in the real world.
 */
final class DocumentSnippetTemplates {

    /** The words one kind of document uses. */
    record Kind(List<String> titles, List<String> fields, List<String> closings) {
    }

    /** {title} {f1} {f2} {f3} {rows} {closing}; other placeholders see {@link Templates}. */
    static final List<String> LAYOUTS = List.of(
            "{title}\n{f1}\n{f2}\n{company}\n{city}\n{b1}\n{f3}\n{rows}\n{closing}",
            "{company}\n{city}\n{b1}\n{b2}\n{title}\n{f1}  {f2}\n{rows}\n{f3}\n{closing}",
            "{title} {f1}\n{f2}\n{rows}\n{closing}\n{f3}",
            "{company} | {city} | {b1}\n\n{title}\n\n{f1}\n{f3}\n{rows}\n\n{f2}\n{closing}\n{b2}",
            "{title}\n{f2}\n{f1}\n{rows}\n{f3} {closing}",
            "{b2}\n{company}\n{title}\n{f1}\n{f2}\n{f3}\n{rows}\n{closing}\n{b1}",
            "{f1}\n{title}\n{company}, {city}\n{rows}\n{f2}\n{f3}\n{closing}",
            "{company}\n{title} - {f1}\n{f3}\n{rows}\n{closing}",
            "{title}\n{company}\n{city}\n{b1}\n{f1} / {f2} / {f3}\n{rows}\n{closing}\n{b2}",
            "{title}\n{f3}\n{rows}\n{f1}\n{f2}\n{closing}\nTel {n}{qty}{qty}");

    static final Map<String, List<Kind>> ENGLISH = new LinkedHashMap<>();
    static final Map<String, List<Kind>> GERMAN = new LinkedHashMap<>();
    static final Map<String, List<Kind>> FRENCH = new LinkedHashMap<>();
    static final Map<String, List<Kind>> DUTCH = new LinkedHashMap<>();
    /** Smaller vocabularies: Polish, Spanish and Italian documents reach European distributors too. */
    static final Map<String, List<Kind>> POLISH = new LinkedHashMap<>();
    static final Map<String, List<Kind>> SPANISH = new LinkedHashMap<>();
    static final Map<String, List<Kind>> ITALIAN = new LinkedHashMap<>();

    /** Letterhead and footer lines any business document carries, whatever its type ({b1}, {b2}). */
    static final List<String> BOILERPLATE = List.of("VAT ID DE{n}{qty}{qty}{qty}", "USt-IdNr. DE{qty}{qty}{qty}",
            "IBAN DE{qty} {qty}{qty} {qty}{qty}", "Tel. +49 {n}{qty} {qty}{qty}", "www.example-{n}.com",
            "info@example-{n}.com", "Page 1 of {n}", "Seite 1 von {n}", "SIRET {qty} {qty} {qty}", "N° TVA FR{qty}{qty}{qty}",
            "KvK {qty}{qty}{qty}", "BTW NL{qty}{qty}{qty}B01", "Registered office {city}", "Geschäftsführer {name}",
            "Amtsgericht {city} HRB {qty}{qty}", "GLN {qty}{qty}{qty}{qty}", "Customer no. {n}{qty}", "Kundennummer {n}{qty}");

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
                        "Advice of Payment", "EFT Payment Advice", "Payment Remittance", "Remittance advice no. {n}{qty}"),
                List.of("Payment Date: {date}", "Payer: {company}", "Payment Ref: {n}{qty}", "Payment amount {amt}",
                        "Check number {n}{qty}", "Value date {date}", "Payment Method: Wire", "Paid to: {company}",
                        "Invoice No Invoice Date Amount Paid Discount", "Document Reference Gross Deduction Net",
                        "Inv # Date Gross Amt Disc Taken Net Paid", "Total Payment {amt}"),
                List.of("The following invoices are settled by this payment", "Total remitted: {amt}",
                        "Questions: accounts payable {name}", "We have initiated a payment of {amt} to your account",
                        "This payment will appear on your bank statement as {company}", "Check total {amt}"))));
        ENGLISH.put("PROOF_OF_DELIVERY", List.of(new Kind(
                List.of("PROOF OF DELIVERY", "DELIVERY RECEIPT", "Delivery Note", "Packing Slip", "POD - Bill of Lading",
                        "Delivery confirmation", "BILL OF LADING", "Packing List", "Waybill", "CMR consignment note",
                        "Delivery Note No. {po}"),
                List.of("Delivery Note {po}", "Shipped: {date}", "Consignee: {company}", "Carrier: {company}",
                        "Tracking No {n}{qty}", "Delivered {date} to {city}", "Pieces {qty}  Weight {qty} kg",
                        "No. of pallets {n}", "Item Qty Shipped Qty Received", "Recipient: {name}", "Ship date {date}"),
                List.of("Received in good condition", "Signature: ____ Name: {name}", "Goods received by: {name}",
                        "Receiver signature and date {date}", "Damages / shortages noted on receipt: ____",
                        "Exceptions noted: none"))));
        ENGLISH.put("INVOICE", List.of(new Kind(
                List.of("INVOICE", "Tax Invoice", "Invoice", "Commercial Invoice", "BILL", "Invoice #{inv}", "Sales Invoice",
                        "Retail Invoice", "Invoice Summary", "Receipt", "Sales receipt", "Invoice No. {inv}"),
                List.of("Invoice No: {inv}", "Invoice Date: {date}", "Bill To: {company}", "Customer PO {po}",
                        "Subtotal {amt}", "Sales Tax {amt}", "VAT {pct}% {amt}", "Total Due {amt}", "Amount due {amt}",
                        "Due date {date}", "Customer no. {n}{qty}", "Description Qty Unit Price Amount", "Freight {amt}",
                        "Your order {po} of {date}", "Delivery date {date}", "Delivery note {po}",
                        "Billing period {date} - {date}", "Total amount due on {date} {amt}", "Charges for this period {amt}",
                        "Invoice Date: {date}  Invoice Number: {inv}", "Payment due upon receipt"),
                List.of("Payment terms: Net 30", "Please remit to account ...", "Balance due {amt} by {date}",
                        "Invoice total {amt}", "Thank you for your business", "Late payments subject to interest",
                        "The amount will be debited from your account by SEPA direct debit", "Payment method: credit card")),
                new Kind(List.of("CREDIT NOTE", "Credit Memo", "CREDIT MEMO"),
                        List.of("Credit note no. {inv}", "Credit to {company}", "Total credit {amt}", "Original invoice {inv}"),
                        List.of("This amount has been credited to your account", "Credit memo for returned goods"))));
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
                new Kind(List.of("ORDER CONFIRMATION", "Order Acknowledgement", "Sales Order Confirmation"),
                        List.of("Thank you for your order", "Confirmed delivery date {date}", "Your order {po} of {date}",
                                "Order confirmation no. {po}"),
                        List.of("Please check this confirmation carefully", "We confirm your order as follows")),
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
                List.of("LIEFERSCHEIN", "Lieferschein", "Empfangsbestätigung", "Abliefernachweis", "Zustellnachweis", "Packliste",
                        "Frachtbrief", "Lieferschein Nr. {po}"),
                List.of("Lieferdatum {date}", "Empfänger {company}", "Spedition {company}", "Sendungsnummer {n}{qty}",
                        "Zugestellt am {date}", "Anzahl Paletten {n}", "Pos Artikel Menge", "Versanddatum {date}"),
                List.of("Ware in einwandfreiem Zustand erhalten", "Unterschrift {name}", "Quittiert von {name}",
                        "Empfänger Unterschrift und Datum {date}", "Vermerke: keine Schäden", "Ware erhalten: {name}"))));
        GERMAN.put("INVOICE", List.of(new Kind(
                List.of("RECHNUNG", "Rechnung", "Warenrechnung", "RECHNUNG / INVOICE", "Rechnung Nr. {inv}", "Handelsrechnung",
                        "Teilrechnung", "Schlussrechnung", "Handelsrechnung Nr. {inv} vom {date}", "Quittung", "Abschlagsrechnung"),
                List.of("Rechnungsnummer: {inv}", "Rechnungsdatum: {date}", "Kunde: {company}", "Ihre Bestellung {po}",
                        "Netto {amt}", "MwSt {pct}% {amt}", "USt {amt}", "Gesamtbetrag {amt}", "Leistungszeitraum {date}",
                        "Kundennummer {n}{qty}", "Pos Bezeichnung Menge Preis Betrag", "Rechnungsbetrag {amt}",
                        "Rechnung gemäß Bestellung {po} vom {date}", "Liefer- und Leistungsdatum {date}", "Rechnungswährung EUR",
                        "Steuernummer {qty}/{qty}/{qty}", "Lieferschein-Nr. {po}", "Abrechnungszeitraum {date} bis {date}",
                        "Fällig am {date}", "Zu zahlender Betrag {amt}"),
                List.of("Zahlbar bis {date} ohne Abzug", "Zahlungsziel 30 Tage netto", "Bankverbindung IBAN DE...",
                        "Endbetrag {amt}", "Vielen Dank für Ihren Auftrag", "Zahlungsart: Bankeinzug",
                        "Der Betrag wird von Ihrem Konto abgebucht.", "Mandatsreferenz {po}  Gläubiger-ID DE{qty}ZZZ{qty}")),
                new Kind(List.of("GUTSCHRIFT", "Gutschrift", "Rechnungskorrektur"),
                        List.of("Gutschriftsnummer {inv}", "Gutschriftsbetrag {amt}", "zu Rechnung {inv}"),
                        List.of("Der Betrag wird Ihrem Konto gutgeschrieben", "Gutschrift für Retoure"))));
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
                new Kind(List.of("Mahnung", "Zahlungserinnerung", "1. Mahnung"),
                        List.of("folgende Posten sind offen", "Mahndatum {date}", "offener Betrag {amt}"),
                        List.of("Bitte zahlen Sie innerhalb von 7 Tagen", "Falls bereits bezahlt, betrachten Sie dieses Schreiben als gegenstandslos")),
                new Kind(List.of("AUFTRAGSBESTÄTIGUNG", "Auftragsbestätigung", "Auftragsbestätigung Nr. {po}"),
                        List.of("Vielen Dank für Ihren Auftrag", "Bestätigter Liefertermin {date}", "Ihre Bestellung {po} vom {date}"),
                        List.of("Bitte prüfen Sie diese Bestätigung", "Wir bestätigen Ihren Auftrag wie folgt")),
                new Kind(List.of("Rundschreiben", "Neuigkeiten", "Kundeninformation"),
                        List.of("Neue Produkte diesen Monat", "Ihr Ansprechpartner {name}"),
                        List.of("Abmelden", "Besuchen Sie unsere Website"))));
        FRENCH.put("PURCHASE_ORDER", List.of(new Kind(
                List.of("BON DE COMMANDE", "Bon de commande", "Commande", "Commande n° {po}"),
                List.of("N° de commande : {po}", "Date de commande : {date}", "Fournisseur : {company}",
                        "Adresse de livraison : {city}", "Date de livraison souhaitée : {date}", "Acheteur : {name}",
                        "Réf. Article Quantité Prix unitaire", "Total commande HT {amt}"),
                List.of("Merci de confirmer la commande", "Conditions générales d'achat applicables",
                        "Merci de rappeler le numéro de commande sur la facture"))));
        FRENCH.put("REMITTANCE_ADVICE", List.of(new Kind(
                List.of("AVIS DE PAIEMENT", "Avis de virement", "Avis de règlement"),
                List.of("Date de paiement : {date}", "Payeur : {company}", "Montant du virement {amt}",
                        "N° facture Date Montant Escompte Net payé", "Référence du paiement {n}{qty}"),
                List.of("Les factures suivantes sont réglées", "Total réglé {amt}", "Service comptabilité fournisseurs"))));
        FRENCH.put("PROOF_OF_DELIVERY", List.of(new Kind(
                List.of("BON DE LIVRAISON", "Bon de livraison", "Preuve de livraison", "Bordereau de livraison", "Lettre de voiture"),
                List.of("N° BL {po}", "Date de livraison {date}", "Destinataire : {company}", "Transporteur : {company}",
                        "Nombre de colis {n}", "Article Quantité livrée"),
                List.of("Marchandise reçue en bon état", "Signature du destinataire", "Réserves : aucune"))));
        FRENCH.put("INVOICE", List.of(new Kind(
                List.of("FACTURE", "Facture", "Facture n° {inv}", "FACTURE N°", "Facture d'acompte", "Reçu"),
                List.of("N° de facture : {inv}", "Date de facture : {date}", "Client : {company}", "Total HT {amt}",
                        "TVA {pct}% {amt}", "Total TTC {amt}", "Date d'échéance {date}", "N° bon de commande {po}",
                        "Désignation Quantité Prix unitaire HT Montant HT", "Net à payer {amt}",
                        "Période de facturation du {date} au {date}", "Facture à régler par virement"),
                List.of("Conditions de paiement : 30 jours", "Pénalités de retard applicables", "Paiement par virement",
                        "Escompte pour paiement anticipé : néant",
                        "Le montant sera prélevé sur votre compte")),
                new Kind(List.of("AVOIR", "Avoir n° {inv}"), List.of("Avoir sur facture {inv}", "Montant de l'avoir {amt}",
                        "Facture d'origine {inv}", "Total avoir TTC -{amt}", "Motif de l'avoir : retour marchandise"),
                        List.of("Montant crédité sur votre compte"))));
        FRENCH.put("OTHER", List.of(
                new Kind(List.of("DEVIS", "Devis n° {po}"), List.of("Date du devis {date}", "Validité 30 jours"),
                        List.of("Ce document n'est pas une facture")),
                new Kind(List.of("RELEVÉ DE COMPTE", "Relance"), List.of("Solde {amt}", "Échéances dépassées"),
                        List.of("Merci de régulariser")),
                new Kind(List.of("CONFIRMATION DE COMMANDE", "Accusé de réception de commande"),
                        List.of("Votre commande {po} du {date}", "Date de livraison confirmée {date}"),
                        List.of("Nous confirmons votre commande"))));

        DUTCH.put("PURCHASE_ORDER", List.of(new Kind(
                List.of("INKOOPORDER", "Bestelling", "Bestelbon", "Order {po}"),
                List.of("Ordernummer: {po}", "Besteldatum: {date}", "Leverancier: {company}", "Afleveradres: {city}",
                        "Artikel Aantal Prijs", "Gewenste leverdatum {date}"),
                List.of("Graag orderbevestiging sturen", "Vermeld ons ordernummer op de factuur"))));
        DUTCH.put("REMITTANCE_ADVICE", List.of(new Kind(
                List.of("BETALINGSADVIES", "Betaalspecificatie"),
                List.of("Betaaldatum: {date}", "Betaald bedrag {amt}", "Factuur Datum Bedrag Korting Betaald"),
                List.of("De volgende facturen zijn voldaan", "Totaal betaald {amt}"))));
        DUTCH.put("PROOF_OF_DELIVERY", List.of(new Kind(
                List.of("AFLEVERBON", "Pakbon", "Ontvangstbevestiging"),
                List.of("Leverdatum {date}", "Ontvanger: {company}", "Vervoerder: {company}", "Aantal colli {n}"),
                List.of("Goederen in goede staat ontvangen", "Handtekening ontvanger"))));
        DUTCH.put("INVOICE", List.of(new Kind(
                List.of("FACTUUR", "Factuur", "Factuur {inv}"),
                List.of("Factuurnummer: {inv}", "Factuurdatum: {date}", "Klantnummer: {n}{qty}", "Ordernummer: {po}",
                        "BTW {pct}% {amt}", "Totaal incl. BTW {amt}", "Artikel Aantal Prijs per stuk BTW",
                        "Vervaldatum {date}"),
                List.of("Gelieve binnen 30 dagen te betalen", "Bedankt voor uw bestelling")),
                new Kind(List.of("CREDITNOTA"), List.of("Creditnota bij factuur {inv}", "Totaal credit {amt}"),
                        List.of("Het bedrag wordt verrekend"))));
        DUTCH.put("OTHER", List.of(
                new Kind(List.of("OFFERTE"), List.of("Offertedatum {date}", "Geldig 30 dagen"),
                        List.of("Dit is geen factuur")),
                new Kind(List.of("REKENINGOVERZICHT", "Betalingsherinnering"), List.of("Openstaand saldo {amt}"),
                        List.of("Graag per omgaande betalen")),
                new Kind(List.of("ORDERBEVESTIGING"), List.of("Uw bestelling {po} van {date}", "Bevestigde leverdatum {date}"),
                        List.of("Wij bevestigen uw order"))));
    }

    static {
        POLISH.put("PURCHASE_ORDER", List.of(new Kind(List.of("ZAMÓWIENIE", "Zamówienie nr {po}", "Zamówienie zakupu"),
                List.of("Data zamówienia: {date}", "Dostawca: {company}", "Adres dostawy: {city}", "Termin dostawy {date}",
                        "Lp Nazwa towaru Ilość Cena"),
                List.of("Prosimy o potwierdzenie zamówienia", "Prosimy podać numer zamówienia na fakturze"))));
        POLISH.put("REMITTANCE_ADVICE", List.of(new Kind(List.of("AWIZO PŁATNOŚCI", "Potwierdzenie przelewu", "Awizo płatności nr {n}{qty}"),
                List.of("Data płatności: {date}", "Kwota przelewu {amt}", "Nr faktury Data Kwota Potrącenie Zapłacono"),
                List.of("Następujące faktury zostały opłacone", "Razem zapłacono {amt}"))));
        POLISH.put("PROOF_OF_DELIVERY", List.of(new Kind(List.of("DOWÓD DOSTAWY", "WZ - Wydanie zewnętrzne", "List przewozowy", "Potwierdzenie odbioru"),
                List.of("Data dostawy {date}", "Odbiorca: {company}", "Przewoźnik: {company}", "Liczba palet {n}"),
                List.of("Towar odebrano w dobrym stanie", "Podpis odbiorcy"))));
        POLISH.put("INVOICE", List.of(new Kind(List.of("FAKTURA", "Faktura VAT", "Faktura nr {inv}", "Faktura VAT nr {inv}"),
                List.of("Data wystawienia: {date}", "Sprzedawca: {company}", "Nabywca: {company}", "NIP: {qty}-{qty}-{n}{n}-{qty}",
                        "Termin płatności: {date}", "Razem: {amt}", "Do zapłaty: {amt}", "Wartość netto {amt}  Kwota VAT {amt}",
                        "Lp Nazwa towaru Jm Ilość Cena netto Wartość"),
                List.of("Sposób płatności: przelew", "Słownie: {qty} PLN", "Faktura wygenerowana automatycznie")),
                new Kind(List.of("FAKTURA KORYGUJĄCA", "Nota uznaniowa"), List.of("Do faktury {inv}", "Kwota korekty {amt}"),
                        List.of("Korekta na Państwa korzyść"))));
        POLISH.put("OTHER", List.of(new Kind(List.of("OFERTA", "Cennik"), List.of("Data oferty {date}", "Ważna 30 dni"), List.of("To nie jest faktura"))));
        SPANISH.put("PURCHASE_ORDER", List.of(new Kind(List.of("PEDIDO", "Orden de compra", "Pedido n.º {po}"),
                List.of("Fecha de pedido: {date}", "Proveedor: {company}", "Dirección de entrega: {city}", "Fecha de entrega {date}"),
                List.of("Rogamos confirmen el pedido", "Indiquen nuestro número de pedido en la factura"))));
        SPANISH.put("REMITTANCE_ADVICE", List.of(new Kind(List.of("AVISO DE PAGO", "Aviso de transferencia"),
                List.of("Fecha de pago: {date}", "Importe transferido {amt}", "N.º factura Fecha Importe Descuento Pagado"),
                List.of("Las siguientes facturas quedan liquidadas", "Total pagado {amt}"))));
        SPANISH.put("PROOF_OF_DELIVERY", List.of(new Kind(List.of("ALBARÁN", "Albarán de entrega", "Comprobante de entrega"),
                List.of("Fecha de entrega {date}", "Destinatario: {company}", "Transportista: {company}", "Bultos {n}"),
                List.of("Mercancía recibida en buen estado", "Firma del receptor"))));
        SPANISH.put("INVOICE", List.of(new Kind(List.of("FACTURA", "Factura n.º {inv}", "Factura simplificada"),
                List.of("Fecha de factura: {date}", "Cliente: {company}", "NIF: B{qty}{qty}{qty}", "Base imponible {amt}",
                        "IVA {pct}% {amt}", "Total factura {amt}", "Vencimiento {date}"),
                List.of("Forma de pago: transferencia", "Gracias por su confianza")),
                new Kind(List.of("FACTURA RECTIFICATIVA", "Abono"), List.of("Factura rectificada {inv}", "Importe abonado {amt}"),
                        List.of("Importe a su favor"))));
        SPANISH.put("OTHER", List.of(new Kind(List.of("PRESUPUESTO"), List.of("Validez 30 días"), List.of("Esto no es una factura"))));
        ITALIAN.put("PURCHASE_ORDER", List.of(new Kind(List.of("ORDINE DI ACQUISTO", "Ordine n. {po}", "Ordine fornitore"),
                List.of("Data ordine: {date}", "Fornitore: {company}", "Luogo di consegna: {city}", "Data consegna richiesta {date}"),
                List.of("Si prega di confermare l'ordine", "Indicare il numero d'ordine in fattura"))));
        ITALIAN.put("REMITTANCE_ADVICE", List.of(new Kind(List.of("AVVISO DI PAGAMENTO", "Avviso di bonifico"),
                List.of("Data pagamento: {date}", "Importo bonifico {amt}", "N. fattura Data Importo Sconto Pagato"),
                List.of("Le seguenti fatture sono saldate", "Totale pagato {amt}"))));
        ITALIAN.put("PROOF_OF_DELIVERY", List.of(new Kind(List.of("DOCUMENTO DI TRASPORTO", "DDT n. {po}", "Bolla di consegna"),
                List.of("Data consegna {date}", "Destinatario: {company}", "Vettore: {company}", "Colli {n}"),
                List.of("Merce ricevuta in buono stato", "Firma del destinatario"))));
        ITALIAN.put("INVOICE", List.of(new Kind(List.of("FATTURA", "Fattura n. {inv}", "Fattura accompagnatoria"),
                List.of("Data fattura: {date}", "Cliente: {company}", "P.IVA IT{qty}{qty}{qty}", "Imponibile {amt}",
                        "IVA {pct}% {amt}", "Totale documento {amt}", "Scadenza {date}"),
                List.of("Pagamento: bonifico bancario", "Grazie per la fiducia")),
                new Kind(List.of("NOTA DI CREDITO"), List.of("Rif. fattura {inv}", "Importo accreditato {amt}"),
                        List.of("Importo a vostro favore"))));
        ITALIAN.put("OTHER", List.of(new Kind(List.of("PREVENTIVO", "Listino prezzi"), List.of("Validità 30 giorni"),
                List.of("Questo documento non è una fattura"))));
    }

    private DocumentSnippetTemplates() {
    }
}
