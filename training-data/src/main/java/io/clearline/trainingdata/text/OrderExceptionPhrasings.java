package io.clearline.trainingdata.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Texts that come with an order exception: the customer's remark on the PO, the CSR's note, the
 * validation message. Per category and language (English, German, French); list position decides the
 * partition. Several wordings share words with other categories ("invalid item number", "PO number
 * exists already") as real notes do.
 */
final class OrderExceptionPhrasings {

    static final Map<String, List<String>> ENGLISH = new LinkedHashMap<>();
    static final Map<String, List<String>> GERMAN = new LinkedHashMap<>();
    static final Map<String, List<String>> FRENCH = new LinkedHashMap<>();
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

        more(ENGLISH, "PRICE_MISMATCH",
                "customer price {amt} vs our price {amt}",
                "PO price does not match the quote {n}{qty}",
                "price on line {n} is not the agreed price",
                "ordered with the old price list",
                "price difference of {pct}% on {item}",
                "PO unit price invalid compared to contract",
                "unit price on PO {po} below floor price",
                "customer wants the promo price again",
                "price check failed on {item}",
                "quoted price expired, PO uses it anyway");
        more(ENGLISH, "UNKNOWN_ITEM",
                "item code {item} does not exist in our system",
                "we do not carry this product",
                "invalid item number on line {n}",
                "material {item} unknown, no mapping",
                "part number on the PO is not ours",
                "product not found for code {item}",
                "SKU {item} was never set up",
                "cannot find the article the customer ordered",
                "obsolete part number, item deleted",
                "ordered product code does not match any item");
        more(ENGLISH, "INVALID_SHIP_TO",
                "ship-to {city} does not exist for this account",
                "unknown ship-to number on the order",
                "delivery address cannot be found",
                "invalid address, postcode does not match {city}",
                "ship to store number not set up",
                "consignee address missing on PO",
                "delivery location not valid for customer",
                "ship-to belongs to another customer",
                "deliver-to party not found in master data",
                "no valid delivery address given");
        more(ENGLISH, "INVALID_PO_DATA",
                "PO number does not exist on the document",
                "order has no buyer reference",
                "PO date is invalid",
                "required delivery date missing",
                "purchase order unsigned and undated",
                "PO number too long for our system",
                "order totals on PO are inconsistent",
                "payment terms missing on purchase order",
                "PO header incomplete, no order number",
                "invalid PO reference format");
        more(ENGLISH, "DUPLICATE_ORDER",
                "this PO was already entered yesterday",
                "we already have this order in the system",
                "order number {po} exists already",
                "same PO came in by EDI and e-mail",
                "customer sent the order again by mistake",
                "order is a copy of {po}",
                "PO number used before, same lines and quantities",
                "resubmitted order, first one already shipped",
                "identical PO {po} arrived a second time",
                "order received in duplicate",
                "this order was placed twice",
                "same purchase order number as an existing order",
                "PO re-sent, original already confirmed",
                "possible duplicate: same customer, same items, same date",
                "order entered again, please cancel the copy");
        more(ENGLISH, "CREDIT_HOLD",
                "customer exceeds credit limit by {amt}",
                "account has overdue invoices, order held",
                "credit limit used up, order blocked",
                "order on hold pending credit approval",
                "customer on stop list, unpaid balance",
                "overdue {amt}, release after payment",
                "credit department blocked this order",
                "insufficient credit line for this order",
                "hold: account past due more than 60 days",
                "credit approval required before shipping");
        more(ENGLISH, "QUANTITY_ANOMALY",
                "order quantity {qty}000 looks like a typo",
                "quantity much higher than customer history",
                "qty entered in pieces, probably cases",
                "negative quantity on line {n}",
                "order quantity is 100 times the average",
                "quantity of {item} unrealistic",
                "quantity not in full pallets",
                "ordered quantity below minimum order quantity",
                "unexpected quantity jump on line {n}",
                "please confirm quantity, far above normal");

        more(GERMAN, "PRICE_MISMATCH",
                "Kundenpreis {amt} weicht ab",
                "Preis laut Angebot abgelaufen",
                "Preis Position {n} nicht wie vereinbart",
                "Preisprüfung fehlgeschlagen",
                "Bestellung mit alter Preisliste");
        more(GERMAN, "UNKNOWN_ITEM",
                "Artikelnummer {item} existiert nicht",
                "Produkt führen wir nicht",
                "Material unbekannt, keine Zuordnung",
                "Artikel nicht angelegt",
                "ungültige Artikelnummer Position {n}");
        more(GERMAN, "INVALID_SHIP_TO",
                "Lieferanschrift {city} existiert nicht",
                "Warenempfänger gehört zu anderem Kunden",
                "Lieferort nicht gültig",
                "keine gültige Lieferadresse",
                "Lieferadresse nicht gefunden");
        more(GERMAN, "INVALID_PO_DATA",
                "Bestellnummer fehlt auf dem Dokument",
                "Datum der Bestellung ungültig",
                "Wunschliefertermin fehlt",
                "Bestellung ohne Referenz",
                "Kopfdaten der Bestellung unvollständig");
        more(GERMAN, "DUPLICATE_ORDER",
                "diese Bestellung liegt schon vor",
                "Auftrag ist bereits im System",
                "Bestellung per EDI und Mail doppelt gekommen",
                "Kunde hat die Bestellung erneut geschickt",
                "Bestellnummer {po} schon vorhanden",
                "identische Bestellung ein zweites Mal erhalten",
                "Bestellung versehentlich doppelt gesendet");
        more(GERMAN, "CREDIT_HOLD",
                "Kunde über Kreditlimit",
                "überfällige Rechnungen, Auftrag gesperrt",
                "Freigabe durch Kreditmanagement nötig",
                "Kreditrahmen ausgeschöpft",
                "Lieferstopp wegen offener Posten");
        more(GERMAN, "QUANTITY_ANOMALY",
                "Menge {qty}000 vermutlich Tippfehler",
                "Menge weit über Bestellhistorie",
                "negative Menge Position {n}",
                "Menge unter Mindestbestellmenge",
                "Stück statt Karton bestellt?");

        FRENCH.put("PRICE_MISMATCH", List.of(
                "prix de la commande différent du tarif",
                "client commande à l'ancien prix",
                "prix unitaire {amt} non conforme au contrat",
                "écart de prix entre commande et devis",
                "prix trop bas pour {item}",
                "prix ligne {n} non conforme",
                "prix promotionnel expiré",
                "tarif non respecté sur la commande",
                "prix convenu différent",
                "écart de prix de {pct}%"));
        FRENCH.put("UNKNOWN_ITEM", List.of(
                "article {item} introuvable",
                "référence article inconnue ligne {n}",
                "code produit inexistant",
                "article non référencé",
                "référence client sans correspondance",
                "produit inconnu",
                "article hors catalogue",
                "code article invalide {item}",
                "référence supprimée",
                "produit non trouvé dans la base"));
        FRENCH.put("INVALID_SHIP_TO", List.of(
                "adresse de livraison inconnue",
                "adresse de livraison incomplète, code postal manquant",
                "destinataire absent du fichier client",
                "adresse {city} non vérifiée",
                "lieu de livraison invalide",
                "adresse de livraison erronée",
                "point de livraison inconnu",
                "adresse hors zone de livraison",
                "destinataire non trouvé",
                "adresse de livraison manquante"));
        FRENCH.put("INVALID_PO_DATA", List.of(
                "numéro de commande manquant",
                "date de commande absente",
                "champs obligatoires vides",
                "format du numéro de commande invalide",
                "date de livraison dans le passé",
                "référence de commande absente",
                "données de commande incomplètes",
                "commande sans date",
                "en-tête de commande incomplet",
                "numéro de bon de commande invalide"));
        FRENCH.put("DUPLICATE_ORDER", List.of(
                "commande {po} déjà reçue",
                "commande en double",
                "même commande envoyée deux fois",
                "commande déjà saisie le {date}",
                "numéro de commande déjà existant",
                "doublon de la commande {po}",
                "commande reçue deux fois",
                "commande déjà traitée",
                "le client a renvoyé la même commande",
                "commande identique reçue à nouveau"));
        FRENCH.put("CREDIT_HOLD", List.of(
                "encours client dépassé",
                "client bloqué pour impayés",
                "plafond de crédit dépassé de {amt}",
                "commande bloquée par le contrôle crédit",
                "retard de paiement, commande suspendue",
                "blocage crédit",
                "limite de crédit atteinte",
                "compte bloqué, factures échues",
                "validation crédit requise",
                "encours au-dessus de la limite"));
        FRENCH.put("QUANTITY_ANOMALY", List.of(
                "quantité {qty}0 anormalement élevée",
                "quantité inhabituelle, erreur de saisie",
                "quantité non multiple du colisage",
                "quantité nulle ligne {n}",
                "quantité dix fois supérieure à la normale",
                "quantité anormale",
                "quantité suspecte pour {item}",
                "quantité à confirmer avec le client",
                "quantité hors norme",
                "quantité inférieure au minimum de commande"));
    }

    private OrderExceptionPhrasings() {
    }

    static Map<String, List<String>> of(String language) {
        return switch (language) {
            case "de" -> GERMAN;
            case "fr" -> FRENCH;
            default -> ENGLISH;
        };
    }

    /** Appends wordings; the ones already listed keep their positions, so their partitions do not move. */
    private static void more(Map<String, List<String>> map, String label, String... wordings) {
        List<String> all = new java.util.ArrayList<>(map.get(label));
        all.addAll(List.of(wordings));
        map.put(label, List.copyOf(all));
    }
}
