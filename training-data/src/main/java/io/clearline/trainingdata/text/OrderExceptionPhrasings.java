package io.clearline.trainingdata.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Texts that come with an order exception: the customer's remark on the PO, the CSR's note, the
 * validation message. Per category and language; list position decides the partition.
 */
final class OrderExceptionPhrasings {

    static final Map<String, List<String>> ENGLISH = new LinkedHashMap<>();
    static final Map<String, List<String>> GERMAN = new LinkedHashMap<>();
    /** The validation rule that usually fires for each category. */
    static final Map<String, String> RULE = new LinkedHashMap<>();

    static {
        RULE.put("PRICE_MISMATCH", "PRICE_DELTA");
        RULE.put("UNKNOWN_ITEM", "ITEM_NOT_FOUND");
        RULE.put("INVALID_SHIP_TO", "SHIPTO_UNVERIFIED");
        RULE.put("INVALID_PO_DATA", "PO_FIELD_MISSING");
        RULE.put("DUPLICATE_ORDER", "PO_SEEN_BEFORE");
        RULE.put("CREDIT_HOLD", "CREDIT_LIMIT_EXCEEDED");
        RULE.put("QUANTITY_ANOMALY", "QTY_OUTLIER");

        ENGLISH.put("PRICE_MISMATCH", List.of(
                "PO unit price {amt} for {item} differs from list price",
                "customer ordered at last year's price",
                "price on PO does not match contract price",
                "line {n}: ordered price below our price list",
                "PO shows net price {amt}, system price is higher",
                "customer expects promo price that has expired",
                "price discrepancy between PO and quote",
                "ordered at wrong price, please confirm pricing",
                "unit price on order lower than agreed",
                "pricing mismatch on {item}",
                "PO price lower than system price by {pct}%",
                "net price on order not as per agreement",
                "customer price outdated on PO",
                "price on order differs from price list for line {n}",
                "agreed price not matching order"));
        ENGLISH.put("UNKNOWN_ITEM", List.of(
                "item {item} not found in catalog",
                "customer part number cannot be mapped to our SKU",
                "unknown article number on line {n}",
                "product code does not exist",
                "discontinued item ordered, no replacement set up",
                "SKU not recognised, please check item master",
                "customer material number missing cross reference",
                "ordered item is not in our assortment",
                "invalid product number {item}",
                "line {n} item code unknown",
                "no article found for customer code {item}",
                "item number not in product master",
                "unknown SKU on order",
                "cannot identify ordered product",
                "article not listed, check catalog"));
        ENGLISH.put("INVALID_SHIP_TO", List.of(
                "ship-to address not on file",
                "delivery address incomplete, no postcode",
                "ship to location does not match customer account",
                "unknown delivery point {city}",
                "new ship-to, address not verified",
                "deliver to address invalid, street missing",
                "ship-to number not found for this customer",
                "drop ship address cannot be validated",
                "delivery address outside our delivery area",
                "wrong ship-to code on PO",
                "ship-to not verified",
                "delivery address unknown",
                "address on PO does not exist in master data",
                "invalid delivery address {city}",
                "ship to party missing"));
        ENGLISH.put("INVALID_PO_DATA", List.of(
                "PO number missing",
                "order date missing on purchase order",
                "PO has no requested delivery date",
                "purchase order number format invalid",
                "unreadable PO, fields incomplete",
                "buyer name and PO reference missing",
                "PO total does not add up with lines",
                "delivery date in the past on PO {po}",
                "mandatory PO fields empty",
                "currency missing on order",
                "PO reference missing",
                "order lacks PO number",
                "invalid order date",
                "missing required fields on order",
                "PO data incomplete"));
        ENGLISH.put("DUPLICATE_ORDER", List.of(
                "PO {po} already received",
                "same order sent twice by e-mail",
                "duplicate purchase order, identical lines",
                "order already entered on {date}",
                "PO number already exists in system",
                "customer resent the same PO",
                "looks like a duplicate of order {po}",
                "second copy of the order received by fax",
                "repeat submission of PO {po}",
                "identical order received twice today",
                "order {po} received twice",
                "duplicate PO detected",
                "PO already processed",
                "same order again from customer",
                "double submission of order"));
        ENGLISH.put("CREDIT_HOLD", List.of(
                "customer over credit limit",
                "account on credit hold, overdue invoices",
                "credit limit exceeded by {amt}",
                "order blocked by credit check",
                "past due balance, hold order until payment",
                "credit block, please release after review",
                "customer account frozen by credit department",
                "open AR above limit, order on hold",
                "credit check failed for this order",
                "payment overdue, orders held",
                "credit limit reached",
                "order held for credit review",
                "account blocked, overdue balance",
                "customer exceeds credit line",
                "credit hold active"));
        ENGLISH.put("QUANTITY_ANOMALY", List.of(
                "quantity {qty}0 far above usual order size",
                "unusual order quantity, typo suspected",
                "ordered quantity not multiple of pack size",
                "qty ten times the normal volume",
                "order quantity zero on line {n}",
                "very large quantity for {item}, please confirm",
                "quantity looks wrong compared to order history",
                "ordered {qty}00 pieces instead of cases?",
                "quantity exceeds available stock massively",
                "abnormal quantity on line {n}",
                "quantity unusually high",
                "qty far outside normal range",
                "odd quantity, please confirm with customer",
                "quantity not matching pack size",
                "suspicious quantity {qty}000"));

        GERMAN.put("PRICE_MISMATCH", List.of(
                "Preis in Bestellung weicht von Preisliste ab",
                "Kunde bestellt zum alten Preis",
                "Einzelpreis {amt} stimmt nicht mit Kontrakt überein",
                "Preisabweichung zwischen Bestellung und Angebot",
                "Bestellpreis zu niedrig für {item}",
                "Preis weicht ab",
                "Bestellpreis entspricht nicht der Preisliste",
                "alter Preis auf Bestellung",
                "Preisdifferenz Position {n}",
                "vereinbarter Preis stimmt nicht"));
        GERMAN.put("UNKNOWN_ITEM", List.of(
                "Artikel {item} nicht im Katalog",
                "unbekannte Artikelnummer in Position {n}",
                "Kundenartikelnummer nicht zugeordnet",
                "Materialnummer existiert nicht",
                "Artikel nicht in unserem Sortiment",
                "Artikel unbekannt",
                "Artikelnummer nicht gefunden",
                "kein Artikel zur Kundennummer {item}",
                "Produkt nicht im Artikelstamm",
                "unbekanntes Material"));
        GERMAN.put("INVALID_SHIP_TO", List.of(
                "Lieferadresse unbekannt",
                "Lieferanschrift unvollständig, PLZ fehlt",
                "Warenempfänger nicht im Kundenstamm",
                "Lieferadresse nicht verifiziert",
                "abweichende Lieferadresse {city} ungültig",
                "Lieferadresse ungültig",
                "Warenempfänger unbekannt",
                "Anschrift nicht im Stamm",
                "Lieferort nicht verifiziert",
                "Lieferadresse fehlt"));
        GERMAN.put("INVALID_PO_DATA", List.of(
                "Bestellnummer fehlt",
                "Bestelldatum fehlt auf der Bestellung",
                "Pflichtfelder der Bestellung leer",
                "Bestellnummer im falschen Format",
                "Liefertermin in der Vergangenheit",
                "Bestellnummer ungültig",
                "Bestelldaten unvollständig",
                "Pflichtangaben fehlen",
                "Bestelldatum ungültig",
                "Referenz fehlt auf Bestellung"));
        GERMAN.put("DUPLICATE_ORDER", List.of(
                "Bestellung {po} bereits erhalten",
                "doppelte Bestellung, gleiche Positionen",
                "Bestellung zweimal per Mail geschickt",
                "Auftrag bereits erfasst am {date}",
                "Bestellnummer existiert schon im System",
                "Bestellung doppelt",
                "Auftrag zweimal erhalten",
                "Bestellung bereits verarbeitet",
                "Duplikat der Bestellung {po}",
                "gleiche Bestellung erneut gesendet"));
        GERMAN.put("CREDIT_HOLD", List.of(
                "Kreditlimit überschritten",
                "Kunde wegen offener Posten gesperrt",
                "Auftragssperre durch Kreditprüfung",
                "Kreditlimit um {amt} überzogen",
                "Liefersperre bis Zahlungseingang",
                "Kreditsperre",
                "Kunde gesperrt, Limit erreicht",
                "Auftrag wegen Kreditlimit gestoppt",
                "Kreditprüfung negativ",
                "offene Posten über Limit"));
        GERMAN.put("QUANTITY_ANOMALY", List.of(
                "Menge {qty}0 ungewöhnlich hoch",
                "Bestellmenge kein Vielfaches der VPE",
                "Menge null in Position {n}",
                "auffällige Bestellmenge, bitte prüfen",
                "Menge zehnmal höher als üblich",
                "Menge auffällig",
                "ungewöhnliche Bestellmenge",
                "Menge passt nicht zur Verpackungseinheit",
                "Menge viel zu hoch",
                "Bestellmenge bitte bestätigen"));
    }

    private OrderExceptionPhrasings() {
    }
}
