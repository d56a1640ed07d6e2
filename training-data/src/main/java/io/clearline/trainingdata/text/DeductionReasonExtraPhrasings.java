package io.clearline.trainingdata.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * More whole wordings of each reason, for the training partition only (family {@code extra-}): not dealt
 * out by position like {@link DeductionReasonPhrasings}, so adding them leaves the calibration and test
 * texts exactly as they were. More distinct wordings per reason is what lifts texts worded unlike the
 * training data (session 5: training on more samples of the same wordings helped, holding a third of the
 * wordings out hurt). None names a held-out reason term ({@link DeductionReasonCues#heldOut}); each
 * names its reason in words a reader knows ({@code DeductionReasonAudit}).
 */
final class DeductionReasonExtraPhrasings {

    static final Map<String, List<String>> ENGLISH = new LinkedHashMap<>();
    static final Map<String, List<String>> GERMAN = new LinkedHashMap<>();
    static final Map<String, List<String>> FRENCH = new LinkedHashMap<>();

    static {
        ENGLISH.put("PRICING", List.of("charged more than the agreed unit price",
                "price on invoice exceeds our price list", "wrong price billed for {item}, paying contract price",
                "price mismatch between PO {po} and invoice", "unit price billed too high by {amt}"));
        ENGLISH.put("PROMOTION", List.of("promo funds for {item} not credited", "feature and display allowance claimed",
                "advertising support per promotion plan", "trade promotion accrual Q{n}",
                "TPR promotion allowance deducted"));
        ENGLISH.put("SHORTAGE", List.of("{qty} cartons missing at receiving", "delivered fewer units than invoiced",
                "shortage found at goods receipt", "part of the shipment never arrived",
                "received {qty} pcs instead of the invoiced quantity"));
        ENGLISH.put("DAMAGED", List.of("units broken in the delivery", "product damaged, not sellable",
                "cases crushed in transit", "glass bottles broken on arrival", "damaged cartons, contents unusable"));
        ENGLISH.put("RETURNS", List.of("goods returned to you under RA {n}{qty}", "credit for merchandise we sent back",
                "return of {qty} units, see return note", "product recall, items returned",
                "items shipped back as arranged with {name}"));
        ENGLISH.put("FREIGHT", List.of("freight billed although delivery was free", "shipping cost charged on a prepaid order",
                "delivery charge deducted, FOB destination", "fuel surcharge not payable", "transport charge removed"));
        ENGLISH.put("TAX", List.of("sales tax charged on exempt goods", "VAT rate applied incorrectly",
                "tax should not be charged, certificate on file", "wrong VAT amount on invoice",
                "tax billed on a tax-free order"));
        ENGLISH.put("DUPLICATE_BILLING", List.of("invoice {inv} is a duplicate of an earlier one",
                "same invoice paid last month", "we were billed twice for this delivery", "charge duplicated on statement",
                "already paid under invoice {inv}"));
        ENGLISH.put("UNEARNED_DISCOUNT", List.of("took {pct}% cash discount for early payment",
                "discount for payment within 10 days", "early settlement discount deducted",
                "prompt payment discount applied", "terms discount taken on this payment"));
        ENGLISH.put("UNAUTHORISED_DEDUCTION", List.of("deduction taken without approval",
                "customer deducted {amt} with no authorization", "this chargeback was never agreed",
                "deduction is invalid, no supporting documents", "unapproved claim deducted from payment"));
        ENGLISH.put("UNKNOWN", List.of("see attached list", "as per statement", "account clearing",
                "refer to remittance advice", "difference, details later"));

        GERMAN.put("PRICING", List.of("Preis höher als vereinbart", "falscher Stückpreis berechnet",
                "Preisabweichung zur Bestellung {po}", "Abrechnung zum Listenpreis statt Vertragspreis",
                "zu viel berechnet, Preis laut Angebot"));
        GERMAN.put("PROMOTION", List.of("Werbezuschuss laut Jahresvereinbarung", "Aktionsrabatt nicht berücksichtigt",
                "Zweitplatzierung {item}", "WKZ für Prospektwerbung", "Listungsgebühr neuer Artikel"));
        GERMAN.put("SHORTAGE", List.of("{qty} Kartons fehlen", "weniger geliefert als berechnet",
                "Ware nicht vollständig geliefert", "Fehlmenge laut Wareneingang",
                "Lieferung unvollständig, {qty} Stück fehlen"));
        GERMAN.put("DAMAGED", List.of("Ware beschädigt angekommen", "Karton eingedrückt, Inhalt defekt",
                "Glasbruch bei Anlieferung", "Transportschaden laut Fotos", "Ware nass und unbrauchbar"));
        GERMAN.put("RETURNS", List.of("Rücksendung laut Retourenschein {n}{qty}", "Ware zurückgeschickt, Gutschrift fehlt",
                "Retoure vom {date}", "Rückgabe wegen Rückruf", "zurückgesandte Artikel {item}"));
        GERMAN.put("FREIGHT", List.of("Frachtkosten trotz frei Haus berechnet", "Lieferkosten abgezogen",
                "Versandkosten trägt laut Vertrag der Lieferant", "Transportkosten nicht von uns zu zahlen",
                "Speditionskosten falsch berechnet"));
        GERMAN.put("TAX", List.of("MwSt falsch berechnet", "Umsatzsteuer auf steuerbefreite Ware", "falscher Steuersatz",
                "Reverse Charge nicht beachtet", "Mehrwertsteuer zu hoch ausgewiesen"));
        GERMAN.put("DUPLICATE_BILLING", List.of("Rechnung doppelt erhalten", "mit Rechnung {inv} bereits bezahlt",
                "Betrag zweimal berechnet", "doppelte Belastung", "Rechnung ist ein Duplikat"));
        GERMAN.put("UNEARNED_DISCOUNT", List.of("{pct}% Skonto abgezogen", "Skonto bei Zahlung innerhalb 10 Tagen",
                "Skontoabzug laut Zahlungsbedingungen", "Barzahlungsrabatt einbehalten", "Frühzahlerrabatt abgezogen"));
        GERMAN.put("UNAUTHORISED_DEDUCTION", List.of("Abzug ohne Genehmigung vorgenommen", "Kürzung nicht vereinbart",
                "unberechtigte Belastung", "Abzug ohne Belege", "eigenmächtige Kürzung des Kunden"));
        GERMAN.put("UNKNOWN", List.of("siehe Anlage", "Kontoausgleich", "Differenz laut Kontoauszug", "Klärung folgt",
                "Verrechnung"));

        FRENCH.put("PRICING", List.of("prix facturé supérieur au prix convenu", "erreur sur le prix unitaire",
                "prix différent de la commande {po}", "écart entre prix facturé et prix contrat",
                "surfacturation sur {item}"));
        FRENCH.put("PROMOTION", List.of("remise promotionnelle non appliquée", "participation publicitaire trimestre {n}",
                "prime de référencement", "coopération commerciale annuelle", "mise en avant en magasin"));
        FRENCH.put("SHORTAGE", List.of("{qty} colis manquants à la réception", "quantité livrée inférieure à la facture",
                "livraison incomplète", "marchandise non reçue", "il manque {qty} cartons"));
        FRENCH.put("DAMAGED", List.of("marchandise arrivée endommagée", "produits cassés à la livraison",
                "colis abîmé, produit inutilisable", "avarie constatée à réception", "bouteilles cassées"));
        FRENCH.put("RETURNS", List.of("retour de marchandise selon bon de retour {n}", "produits renvoyés, avoir attendu",
                "reprise des invendus", "retour client {item}", "marchandise retournée au fournisseur"));
        FRENCH.put("FREIGHT", List.of("frais de port non dus", "frais de livraison déduits",
                "transport facturé à tort, franco", "frais de transport à votre charge", "surcharge carburant déduite"));
        FRENCH.put("TAX", List.of("TVA mal calculée", "taux de TVA incorrect", "exonération de TVA non appliquée",
                "autoliquidation, pas de TVA", "erreur de taxe sur la facture"));
        FRENCH.put("DUPLICATE_BILLING", List.of("facture déjà réglée le {date}", "facture reçue deux fois",
                "double facturation de la livraison", "montant facturé en double", "paiement en double"));
        FRENCH.put("UNEARNED_DISCOUNT", List.of("escompte pour paiement rapide", "escompte de {pct}% appliqué",
                "remise pour paiement comptant", "escompte déduit pour règlement sous 10 jours",
                "escompte de règlement pris"));
        FRENCH.put("UNAUTHORISED_DEDUCTION", List.of("retenue sans accord préalable",
                "déduction non autorisée par nos services", "retenue injustifiée", "déduction sans justificatif",
                "débit non approuvé"));
        FRENCH.put("UNKNOWN", List.of("voir relevé", "solde de compte", "régularisation de compte", "écart à analyser",
                "détail à suivre"));
    }

    private DeductionReasonExtraPhrasings() {
    }

    static Map<String, List<String>> of(String language) {
        return switch (language) {
            case "de" -> GERMAN;
            case "fr" -> FRENCH;
            default -> ENGLISH;
        };
    }
}
