package io.clearline.trainingdata.text;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What real business documents of every type carry besides their type's own words: letterheads,
 * addresses under party labels, references to other documents ("Your order", "Delivery note no.",
 * "N° de facture associée"), item and invoice tables, totals, bank and legal footers, disclaimers.
 * Shared by all types on purpose: a model trained on pages made only of type words learns that
 * "Lieferant" or "order" means a purchase order, and a real invoice that names its order is then
 * read as one. Values here are picked per language; {@link Templates} fills the placeholders.
 */
final class DocumentSnippetParts {

    private static final String[] LEGAL_FORMS = {"GmbH", "Ltd", "Inc.", "LLC", "SARL", "SAS", "BV", "AG", "KG",
        "GmbH & Co. KG", "Pvt. Ltd.", "S.A.", "plc", "e.K.", "NV", "Co."};
    private static final String[] NAME_PARTS = {"Nord", "Alpen", "Harbor", "Blue River", "Meyer", "Lindqvist",
        "Sunrise", "Atlas", "Delta", "Kessler", "Orion", "Bergmann", "Pacific", "Rhein", "Summit", "Vega",
        "Maple", "Hansa", "Lumen", "Falcon", "Greenfield", "Brightline", "Dupont", "Van Dijk", "Rossi", "Kaya",
        "Musterfirma", "Au bon", "Keystone", "Riverside", "Oakwood", "Westend", "Polar", "Zenith"};
    private static final String[] NAME_TRADES = {"Trading", "Logistics", "Foods", "Industrial Supply", "Handel",
        "Elektro", "Distribution", "Retail", "Technik", "Services", "Pharma", "Packaging", "Hardware",
        "Getränke", "Bürobedarf", "Textiles", "Components", "Großhandel", "Lieferant", "Marché", "Groothandel",
        "Software", "Hotels", "Web Services", "Maschinenbau", "Fournitures"};
    private static final String[] STREETS = {"{n}{qty} Main Street", "Hauptstraße {qty}", "{qty} rue de la Paix",
        "Industriestr. {qty}", "Kerkstraat {qty}", "{qty} Harbour Road, Unit {n}", "Bahnhofstraße {qty}a",
        "Suite {qty}, {n}{qty} Commerce Blvd", "Am Gewerbepark {n}", "{qty}, avenue des Champs", "Postfach {qty}{qty}",
        "P.O. Box {qty}{qty}", "Lieferantenstraße {qty}", "Kundenweg {qty}", "{qty} Terry Ave North"};
    private static final String[] PLACES = {"Chicago, IL 60{n}{qty}", "80{qty} München", "Leeds LS{n} {n}AP",
        "20{qty} Hamburg", "Dallas, TX 75{qty}", "50{qty} Köln", "3011 {n}A Rotterdam", "75018 Paris", "69001 Lyon",
        "1010 Wien", "8001 Zürich", "Seattle, WA 98{qty}", "Bangalore 560 0{qty}", "Madrid 280{qty}",
        "Milano 201{qty}", "Antwerpen 2000", "Utrecht 35{qty}", "40235 Düsseldorf", "Toronto ON M5V {n}K{n}"};
    private static final String[] COUNTRIES = {"Germany", "Deutschland", "France", "United States", "USA",
        "Nederland", "United Kingdom", "Österreich", "Schweiz", "Belgique", "India", "Italia", "España", "DE", "FR"};

    /** Lines any sender prints at the top or bottom, whatever it sends. */
    private static final Map<String, List<String>> CONTACT = Map.of(
            "en", List.of("Phone: +1 {n}{qty} {qty}-{qty}{qty}", "Tel +44 {n}{qty} {qty}{qty}", "Fax {n}{qty} {qty}{qty}",
                    "www.{slug}.com", "E-mail: sales@{slug}.com", "accounts@{slug}.com", "VAT Reg. No. GB {qty}{qty} {qty}",
                    "Company No. {qty}{qty}{qty}", "EIN {qty}-{qty}{qty}{qty}", "DUNS {qty}{qty}{qty}"),
            "de", List.of("Telefon +49 {n}{qty} {qty}{qty}-{n}", "Telefax +49 {n}{qty} {qty}{qty}", "www.{slug}.de",
                    "E-Mail: info@{slug}.de", "USt-IdNr.: DE{qty}{qty}{qty}", "Steuernummer {qty}/{qty}/{qty}{qty}",
                    "Amtsgericht {place} HRB {qty}{qty}", "Geschäftsführer: {name}", "Sitz der Gesellschaft: {place}"),
            "fr", List.of("Tél. : +33 {n} {qty} {qty} {qty}", "www.{slug}.fr", "contact@{slug}.fr",
                    "SIRET : {qty}{qty}{qty}{qty}", "N° TVA intracommunautaire : FR{qty}{qty}{qty}", "APE : {qty}{n}C",
                    "SARL au capital de {qty} 000,00 €", "RCS Paris B {qty} {qty} {qty}"),
            "nl", List.of("Tel. +31 ({n}){qty} {qty}{qty}", "www.{slug}.nl", "info@{slug}.nl", "KvK {qty}{qty}{qty}",
                    "BTW-nr. NL{qty}{qty}{qty}B01", "IBAN NL{n}{n} INGB 0{qty}{qty}{qty}"));

    /** Party labels: every type names sender, receiver and delivery place with some of these. */
    private static final Map<String, List<String>> PARTY_LABELS = Map.of(
            "en", List.of("Bill to:", "Ship to:", "Sold to:", "Deliver to:", "Customer:", "Supplier:", "Vendor:",
                    "Buyer:", "Seller:", "From:", "To:", "Attn:", "Invoice address:", "Delivery address:",
                    "Service Provider:", "Billing Address", "Shipping Address", "Remit to:", "Payee:", "Consignee:"),
            "de", List.of("Rechnungsanschrift:", "Lieferanschrift:", "Käufer:", "Verkäufer:", "Lieferant:", "Kunde:",
                    "Warenempfänger:", "Auftraggeber:", "Rechnungsempfänger:", "Abweichender Warenempfänger:",
                    "Absender:", "Empfänger:", "Zahlungsempfänger:", "Besteller:"),
            "fr", List.of("Adresse de facturation", "Adresse de livraison", "Client :", "Fournisseur :", "Vendeur :",
                    "Acheteur :", "Destinataire :", "Expéditeur :", "Bénéficiaire :"),
            "nl", List.of("Factuuradres:", "Afleveradres:", "Klant:", "Leverancier:", "Koper:", "Verkoper:",
                    "Afzender:", "Ontvanger:"));

    /** References to other documents, which documents of every type print. */
    private static final Map<String, List<String>> REFERENCES = Map.of(
            "en", List.of("Your order no.: {po}", "Our order no. {po}", "Order date: {date}", "Customer no.: {n}{qty}",
                    "Delivery note no. {po}", "Invoice no. {inv}", "Contract no. CT{qty}{qty}", "Your reference: {name}",
                    "Our reference: {n}{qty}{qty}", "Project: PRJ-{qty}", "Cost centre {qty}", "Order ID: OD{qty}{qty}{qty}",
                    "Quote ref. Q-{qty}{qty}", "Account number: {qty}{qty}{qty}", "Shipment ref. {n}{qty}{qty}",
                    "Date: {date}", "Page 1 of {n}", "Sales rep: {name}", "Buyer reference {po}", "Related invoice {inv}"),
            "de", List.of("Ihre Bestellung {po} vom {date}", "Unsere Auftragsnummer {po}", "Bestellung: {po}",
                    "Kundennummer: {n}{qty}", "Lieferschein-Nr. {po}", "Rechnungs-Nr. {inv}", "Ihr Zeichen: {name}",
                    "Unser Zeichen: {name}", "Datum: {date}", "Lieferdatum: {date}", "Vertragsnummer {qty}{qty}",
                    "Projekt {qty}", "Kostenstelle {qty}", "Seite 1 von {n}", "Sachbearbeiter: {name}",
                    "Lieferavis: {n}{qty}{qty}", "Weitere Referenz: {qty}{qty}"),
            "fr", List.of("N° de commande : {po}", "Votre référence : {po}", "N° client : {n}{qty}",
                    "N° bon de livraison : {po}", "N° de facture associée : {inv}", "Date : {date}",
                    "N° bon de commande : {po}", "Réf. projet : {qty}", "N° contrat : CT{qty}", "Page 1 / {n}",
                    "Contact commercial : {name}"),
            "nl", List.of("Uw ordernummer: {po}", "Klantnummer: {n}{qty}", "Pakbonnummer {po}", "Factuurnummer {inv}",
                    "Datum: {date}", "Uw referentie: {name}", "Pagina 1 van {n}"));

    /** Item-table headers, shared by orders, invoices, delivery notes, quotes, confirmations and credit notes. */
    private static final Map<String, List<String>> ITEM_HEADERS = Map.of(
            "en", List.of("Pos  Item  Description  Qty  Unit  Unit price  Amount", "Product Title  Qty  Price  Tax(%)  Total",
                    "Item No.  Description  Quantity  UOM", "SKU  Description  Qty  Price  Total",
                    "Line  Part number  Description  Qty"),
            "de", List.of("Pos.  Art.-Nr.  Bezeichnung  Menge  Einheit  Einzelpreis  Gesamt", "Pos  Artikel  Menge  ME  Preis",
                    "Artikelnummer  Beschreibung  Anzahl", "Pos  Art-Nr  Beschreibung  Nettopreis  Menge  Steuer  Entgelt"),
            "fr", List.of("Réf.  Désignation  Qté  P.U. HT  Total HT", "Code article  Description  Quantité  Unité",
                    "Ligne  Référence  Qté  Prix unitaire  Montant"),
            "nl", List.of("Art.nr.  Omschrijving  Aantal  Prijs  Totaal", "Artikel  Omschrijving  Aantal"));

    private static final String[] PRODUCTS = {"Memory card 16 GB", "Olive oil 10 L", "Nougat 250g", "Copy paper A4 80g",
        "Cable ties 200mm", "Hex bolts M6x40", "Pallet wrap 500mm", "Safety gloves L", "LED panel 60x60",
        "Filter cartridge FC-9", "Mineralwasser 0,7 l", "Kaffee Bohnen 1 kg", "Schrauben M8", "Trennscheibe 125mm",
        "Câble HDMI 2m", "Huile moteur 5L", "Koffiebekers", "Printer toner black", "Hydraulic hose 1/2\"",
        "Frozen peas 2.5kg", "Cleaning service", "Room charges", "Cloud hosting", "Consulting hours",
        "Transport costs", "Packaging material", "Spare part kit", "Steel sheet 2mm", "Handschuhe Nitril"};
    private static final String[] UNITS = {"PCE", "pcs", "Stk", "kg", "L", "EA", "Unit(s)", "box", "Karton", "h"};

    /** Bank details, terms and legal lines in footers. */
    private static final Map<String, List<String>> FOOTERS = Map.of(
            "en", List.of("Bank: {bank}  IBAN GB{n}{n} BARC {qty}{qty} {qty}{qty}  BIC BARCGB22", "Registered in England No. {qty}{qty}{qty}",
                    "All prices in USD", "Our general terms and conditions apply", "Thank you for your business!",
                    "This is a computer generated document and needs no signature.", "Questions? Call customer service {n}{qty}",
                    "Goods remain our property until paid in full", "Please quote our reference in all correspondence",
                    "Privacy notice: we process your data under GDPR", "Page {n}/{n}", "Printed {date}",
                    "Routing number {qty}{qty}{qty}  Account {qty}{qty}{qty}"),
            "de", List.of("Bankverbindung: {bank}  IBAN DE{n}{n} {qty}{qty} {qty}{qty} {qty}  BIC {bic}",
                    "Es gelten unsere Allgemeinen Geschäftsbedingungen.", "Vielen Dank für Ihr Vertrauen.",
                    "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.", "Erstellt am {date}",
                    "Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gültig.",
                    "Datenschutzhinweise unter www.{slug}.de/datenschutz", "Gerichtsstand ist {place}."),
            "fr", List.of("Banque : {bank}  IBAN FR76 {qty}{qty} {qty}{qty}  BIC {bic}", "Conditions générales de vente disponibles sur demande",
                    "Merci de votre confiance", "Document généré électroniquement", "Pénalités de retard : 3 fois le taux d'intérêt légal",
                    "Indemnité forfaitaire pour frais de recouvrement : 40 €"),
            "nl", List.of("Bank: {bank}  IBAN NL{n}{n} RABO 0{qty}{qty}{qty}", "Op al onze leveringen zijn onze algemene voorwaarden van toepassing",
                    "Bedankt voor uw vertrouwen", "Dit document is elektronisch aangemaakt"));
    private static final String[] BANKS = {"Deutsche Bank", "Commerzbank", "Sparkasse KölnBonn", "HDFC Bank",
        "Barclays", "BNP Paribas", "ING", "Rabobank", "Chase", "Wells Fargo", "UniCredit"};

    private DocumentSnippetParts() {
    }

    static String company(Random random) {
        String name = any(random, NAME_PARTS);
        return switch (random.nextInt(3)) {
            case 0 -> name + " " + any(random, LEGAL_FORMS);
            case 1 -> name + " " + any(random, NAME_TRADES) + " " + any(random, LEGAL_FORMS);
            default -> (name + " " + any(random, NAME_TRADES)).toUpperCase(java.util.Locale.ROOT);
        };
    }

    /** A sender's letterhead: name, address and one to three contact or registration lines. */
    static String letterhead(Random random, String language) {
        StringBuilder b = new StringBuilder(company(random)).append('\n').append(address(random));
        for (int i = random.nextInt(3); i >= 0; i--) {
            b.append('\n').append(any(random, CONTACT.getOrDefault(language, CONTACT.get("en"))));
        }
        return b.toString();
    }

    static String address(Random random) {
        return any(random, STREETS) + "\n" + any(random, PLACES) + (random.nextInt(3) == 0 ? "\n" + any(random, COUNTRIES) : "");
    }

    /** One or two labelled addresses. */
    static String parties(Random random, String language) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(2); i >= 0; i--) {
            b.append(any(random, PARTY_LABELS.getOrDefault(language, PARTY_LABELS.get("en")))).append(random.nextBoolean() ? "\n" : " ")
                    .append(company(random)).append('\n').append(address(random)).append('\n');
        }
        return b.toString().strip();
    }

    static String references(Random random, String language) {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            b.append(any(random, REFERENCES.getOrDefault(language, REFERENCES.get("en")))).append(random.nextInt(3) == 0 ? "  " : "\n");
        }
        return b.toString().strip();
    }

    /** An item table: header and a few rows of goods, quantities and prices. */
    static String itemTable(Random random, String language, boolean prices) {
        StringBuilder b = new StringBuilder(any(random, ITEM_HEADERS.getOrDefault(language, ITEM_HEADERS.get("en"))));
        for (int r = 1 + random.nextInt(6); r > 0; r--) {
            b.append('\n').append(random.nextInt(3) == 0 ? r + "  " : "").append(random.nextBoolean() ? "{n}{qty}{qty}  " : "")
                    .append(any(random, PRODUCTS)).append("  {qty} ").append(any(random, UNITS));
            if (prices) {
                b.append("  {amt}").append(random.nextBoolean() ? "  {amt}" : "");
            }
        }
        return b.toString();
    }

    static String footer(Random random, String language) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(3); i >= 0; i--) {
            b.append(any(random, FOOTERS.getOrDefault(language, FOOTERS.get("en")))).append('\n');
        }
        return b.toString().strip();
    }

    /** Fills this class's own placeholders; {@link Templates#fill} does the rest. */
    static String fill(String text, Random random, String language) {
        String out = text;
        while (out.contains("{slug}")) {
            out = out.replaceFirst("\\{slug}", any(random, NAME_PARTS).toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        }
        while (out.contains("{bank}")) {
            out = out.replaceFirst("\\{bank}", any(random, BANKS));
        }
        while (out.contains("{place}")) {
            out = out.replaceFirst("\\{place}", any(random, PLACES).replaceAll("[0-9 ,]+", " ").strip());
        }
        return out.replace("{bic}", language.equals("fr") ? "BNPAFRPP" : "COBADEFFXXX");
    }

    private static String any(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String any(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
