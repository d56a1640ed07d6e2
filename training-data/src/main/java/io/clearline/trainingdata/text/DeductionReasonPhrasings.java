package io.clearline.trainingdata.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How customers and collectors word a deduction reason, per reason code and language (English, German,
 * French); some wordings share words with other reasons on purpose ("tax charged twice", "Fracht doppelt
 * berechnet"), as real notes do, so a model must read the reason's head noun, not a single word. The list
 * position decides the partition ({@link Partition#ofTemplate}), so a model is tested on wordings it
 * never trained on.
 */
final class DeductionReasonPhrasings {

    static final Map<String, List<String>> ENGLISH = new LinkedHashMap<>();
    static final Map<String, List<String>> GERMAN = new LinkedHashMap<>();
    static final Map<String, List<String>> FRENCH = new LinkedHashMap<>();

    static {
        ENGLISH.put("PRICING", List.of(
                "price difference, billed above agreed price",
                "pricing discrepancy on {item}, paid at contract price",
                "invoiced price does not match our PO price",
                "price variance - unit price on invoice higher than quoted",
                "paid per price list, you charged the old price",
                "overcharge on unit price for {item}",
                "billed at wrong price, deducting the difference",
                "price per unit should be lower as agreed with sales rep",
                "contract pricing not applied on this invoice",
                "incorrect price charged vs quote {po}",
                "unit price higher than on our order confirmation",
                "price adjustment, billed {amt} over contract",
                "we only pay the agreed net price",
                "price increase not accepted, old price applies",
                "deducted overpricing on line {n}"));
        ENGLISH.put("PROMOTION", List.of(
                "promotional allowance per agreement",
                "trade promotion deduction Q{n} display program",
                "co-op advertising allowance",
                "promo discount not reflected on invoice",
                "trade allowance claimed for feature ad",
                "scan-back promotion {pct}% off",
                "marketing development funds deduction",
                "slotting allowance new item {item}",
                "off-invoice promo allowance not given",
                "promotion claim per deal sheet, case allowance",
                "promo allowance for {item} feature",
                "case allowance per promotion agreement",
                "advertising allowance Q{n}",
                "trade spend deduction, display fee",
                "promotional rebate claimed"));
        ENGLISH.put("SHORTAGE", List.of(
                "shortage - received {qty} cases less than invoiced",
                "short shipped, only part of the order delivered",
                "missing cartons on delivery",
                "quantity received less than billed",
                "items not received, short on pallet count",
                "short delivery: {qty} units missing from shipment",
                "goods never arrived for line {n}",
                "delivery incomplete, counted {qty} fewer pieces",
                "missing items per our receiving report",
                "short-ship, paid only for quantity received",
                "received short, {qty} units not delivered",
                "pallet short on receipt",
                "shortage per proof of delivery",
                "quantity below invoice on shipment",
                "not all cases delivered"));
        ENGLISH.put("DAMAGED", List.of(
                "damaged goods received",
                "product arrived broken, {qty} units destroyed",
                "damaged in transit, see photos",
                "crushed cases on arrival",
                "merchandise received damaged and unsaleable",
                "broken items, packaging torn, product unusable",
                "leaking containers, damage noted on delivery",
                "defective units, damaged on receipt",
                "goods arrived in bad condition, water damage",
                "dented and damaged product refused",
                "goods damaged, refused on delivery",
                "breakage on {item}",
                "damaged product - claim {n}{qty}",
                "units arrived crushed and wet",
                "damage claim for broken goods"));
        ENGLISH.put("RETURNS", List.of(
                "return credit for goods sent back",
                "returned merchandise RMA {n}{qty}",
                "credit for returned items not yet issued",
                "goods returned to you, awaiting credit memo",
                "customer return, product shipped back",
                "return authorization, deducting value of returned goods",
                "unsold stock returned per agreement",
                "returned {qty} units, credit not received",
                "recall return - product sent back to supplier",
                "sent back wrong items, please credit return",
                "credit due for returned product",
                "RMA {n}{qty} returned goods",
                "returned shipment, deduct credit",
                "return of unsold goods per agreement",
                "product returned - credit pending"));
        ENGLISH.put("FREIGHT", List.of(
                "freight charge not agreed, terms are prepaid",
                "shipping charges deducted, free delivery agreed",
                "delivery fee not accepted",
                "freight billed in error, FOB destination",
                "carrier charges should not be on invoice",
                "deducting shipping and handling",
                "freight allowance not applied",
                "transport costs disputed",
                "fuel surcharge on freight not agreed",
                "we do not pay delivery charges on orders over minimum",
                "freight deducted, delivery was agreed free",
                "shipping cost not payable per contract",
                "deduct freight charges",
                "handling and delivery charges disputed",
                "freight over agreed rate"));
        ENGLISH.put("TAX", List.of(
                "sales tax charged in error, we are tax exempt",
                "VAT not applicable, reverse charge",
                "exemption certificate on file, tax deducted",
                "wrong tax rate applied",
                "tax overcharged on invoice",
                "resale certificate provided - no sales tax",
                "VAT calculated on wrong amount",
                "withholding tax deducted",
                "duplicate tax line on invoice",
                "tax amount incorrect, paid net of tax",
                "tax exempt customer, VAT removed",
                "sales tax not due, certificate attached",
                "incorrect VAT rate, deducted difference",
                "tax charged twice",
                "no tax applicable for export"));
        ENGLISH.put("DUPLICATE_BILLING", List.of(
                "duplicate invoice, already paid",
                "invoice billed twice",
                "same shipment invoiced twice, see invoice {inv}",
                "already paid under check {n}{qty}",
                "double billing for the same order",
                "this invoice is a duplicate of {inv}",
                "paid previously, duplicate charge",
                "billed again for goods already invoiced",
                "invoice sent twice with different number",
                "duplicate payment request, paid on {date}",
                "double invoice for order {po}",
                "duplicate of invoice already settled",
                "you billed us twice for this delivery",
                "invoice is a copy of one already paid",
                "charged twice, second invoice deducted"));
        ENGLISH.put("UNEARNED_DISCOUNT", List.of(
                "early payment discount {pct}% taken",
                "took prompt pay discount",
                "2% 10 discount applied",
                "cash discount deducted",
                "discount for early payment per terms",
                "paid less {pct}% term discount",
                "discount taken although paid after discount period",
                "prompt payment discount deducted from total",
                "settlement discount {pct} percent",
                "skonto taken per payment terms",
                "{pct}% cash discount taken",
                "early pay discount deducted",
                "prompt payment discount per 2/10 net 30",
                "took terms discount",
                "discount {pct}% for payment within 10 days"));
        ENGLISH.put("UNAUTHORISED_DEDUCTION", List.of(
                "deduction taken without authorization",
                "customer deducted without backup or approval",
                "chargeback not approved by sales",
                "unapproved deduction, no claim documentation",
                "deduction not authorised, please repay",
                "no agreement exists for this deduction",
                "unauthorized chargeback, invalid claim",
                "deduction made without prior consent",
                "customer short paid without approved claim number",
                "deduction rejected, not authorised by account manager",
                "deduction not approved",
                "customer took unapproved chargeback",
                "no authorisation on file for this short payment",
                "deducted without valid claim",
                "unauthorised short payment, no backup"));
        ENGLISH.put("UNKNOWN", List.of(
                "see attached",
                "as discussed",
                "adjustment",
                "per our records",
                "balance",
                "details to follow",
                "other",
                "ref {n}{qty}",
                "miscellaneous, see breakdown",
                "will advise",
                "see remittance",
                "payment",
                "as per statement",
                "various items, see list",
                "nothing further"));

        GERMAN.put("PRICING", List.of(
                "Preisdifferenz, berechnet über vereinbartem Preis",
                "falscher Preis berechnet, Differenz abgezogen",
                "Preis laut Bestellung {po} niedriger als auf Rechnung",
                "Einzelpreis stimmt nicht mit Angebot überein",
                "Preisabweichung zum Kontraktpreis",
                "Preisdifferenz zum vereinbarten Preis abgezogen",
                "Preiserhöhung nicht akzeptiert",
                "zu hoher Einzelpreis berechnet",
                "Preis laut Kontrakt niedriger",
                "Preiskorrektur Position {n}"));
        GERMAN.put("PROMOTION", List.of(
                "Werbekostenzuschuss laut Vereinbarung",
                "Aktionsrabatt nicht berücksichtigt",
                "Listungsgebühr neuer Artikel {item}",
                "Promotionsvergütung Aktion KW {n}",
                "WKZ Abzug für Handzettel-Aktion",
                "Aktionsvergütung laut Vereinbarung",
                "Werbezuschuss abgezogen",
                "Rabatt aus Verkaufsaktion",
                "Platzierungsgebühr Aktion",
                "Aktionspreis nicht gewährt, Differenz abgezogen"));
        GERMAN.put("SHORTAGE", List.of(
                "Fehlmenge, {qty} Stück weniger geliefert",
                "Minderlieferung laut Wareneingang",
                "Ware nicht vollständig erhalten",
                "Unterlieferung, fehlende Kartons",
                "Lieferung unvollständig, {qty} Einheiten fehlen",
                "Fehlmenge laut Lieferschein",
                "zu wenig geliefert, {qty} Stück fehlen",
                "Mindermenge bei Wareneingang",
                "Palette unvollständig",
                "nicht gelieferte Ware abgezogen"));
        GERMAN.put("DAMAGED", List.of(
                "beschädigte Ware erhalten",
                "Transportschaden, Ware unbrauchbar",
                "Ware defekt angeliefert",
                "Bruch bei Anlieferung, {qty} Stück zerstört",
                "Verpackung beschädigt, Ware nicht verkaufsfähig",
                "Ware beschädigt angekommen",
                "Beschädigung beim Transport",
                "zerbrochene Ware, Reklamation {n}{qty}",
                "defekte Ware abgezogen",
                "Ware nass und beschädigt"));
        GERMAN.put("RETURNS", List.of(
                "Retoure, Gutschrift fehlt noch",
                "Rücksendung der Ware laut RMA {n}{qty}",
                "Gutschrift für zurückgesandte Artikel",
                "Ware zurückgesendet, bitte Gutschrift erstellen",
                "Ware zurückgeschickt, Wert abgezogen",
                "Gutschrift für Retoure abgezogen",
                "Rückgabe laut Vereinbarung",
                "Ware retourniert, Gutschrift ausstehend",
                "Warenrückgabe von {qty} Stück an Lager",
                "zurückgesandte Ware verrechnet"));
        GERMAN.put("FREIGHT", List.of(
                "Frachtkosten nicht vereinbart, Lieferung frei Haus",
                "Versandkosten abgezogen",
                "Transportkosten werden nicht übernommen",
                "Lieferpauschale zu Unrecht berechnet",
                "Frachtzuschlag nicht akzeptiert",
                "Fracht nicht vereinbart",
                "Versandkosten laut Vertrag frei",
                "Frachtkosten abgezogen",
                "Zustellgebühr nicht akzeptiert",
                "Transportkostenpauschale abgezogen"));
        GERMAN.put("TAX", List.of(
                "Mehrwertsteuer falsch berechnet",
                "USt nicht anwendbar, Reverse Charge",
                "falscher Steuersatz auf Rechnung",
                "MwSt doppelt berechnet",
                "Umsatzsteuer zu hoch ausgewiesen",
                "MwSt-Satz falsch",
                "steuerfreie Lieferung, Steuer abgezogen",
                "Umsatzsteuer nicht geschuldet",
                "Steuer doppelt ausgewiesen",
                "falsche Umsatzsteuer korrigiert"));
        GERMAN.put("DUPLICATE_BILLING", List.of(
                "Rechnung doppelt gestellt",
                "bereits bezahlt mit Rechnung {inv}",
                "Doppelberechnung derselben Lieferung",
                "doppelte Rechnung, schon beglichen",
                "Rechnung wurde zweimal berechnet",
                "doppelt berechnet",
                "Rechnung bereits bezahlt",
                "Duplikat einer bezahlten Rechnung",
                "zweimal in Rechnung gestellt",
                "Doppelzahlung vermieden, Rechnung {inv} bereits beglichen"));
        GERMAN.put("UNEARNED_DISCOUNT", List.of(
                "Skonto {pct}% abgezogen",
                "abzüglich Skonto laut Zahlungsbedingungen",
                "Skontoabzug bei Zahlung",
                "{pct}% Skonto einbehalten",
                "Barzahlungsrabatt abgezogen",
                "Skonto gezogen",
                "{pct}% Skonto laut Bedingungen",
                "abzgl. Skonto",
                "Skonto bei Zahlung innerhalb 10 Tagen",
                "Zahlung unter Abzug von Skonto"));
        GERMAN.put("UNAUTHORISED_DEDUCTION", List.of(
                "Abzug ohne Genehmigung vorgenommen",
                "nicht autorisierter Abzug, bitte nachzahlen",
                "Kürzung ohne Vereinbarung",
                "unberechtigter Abzug ohne Belege",
                "Abzug nicht genehmigt vom Vertrieb",
                "Abzug nicht genehmigt",
                "ungenehmigte Kürzung",
                "Kürzung ohne Begründung und Freigabe",
                "unzulässiger Abzug",
                "Abzug ohne Reklamationsnummer"));
        GERMAN.put("UNKNOWN", List.of(
                "siehe Anlage",
                "wie besprochen",
                "Korrektur",
                "laut unseren Unterlagen",
                "sonstige Differenz",
                "Zahlung",
                "diverse",
                "siehe Kontoauszug",
                "Ausgleich Kontostand",
                "ohne Angabe"));

        more(ENGLISH, "PRICING",
                "you invoiced {amt} per case, our PO says less",
                "price on invoice {inv} is not the price we agreed",
                "rate charged does not match the signed price agreement",
                "unit cost billed higher than on the quotation, paid the quoted rate",
                "list price used instead of our net price",
                "price charged twice the agreed rate on {item}",
                "difference between invoiced and contracted price",
                "wrong unit price - price list {n} applies",
                "short paid the price variance on line {n}",
                "we were overbilled on the price of {item}");
        more(ENGLISH, "PROMOTION",
                "display program fee as agreed with your rep",
                "feature advertising week {n}",
                "in-store promotion {pct}% deducted per deal",
                "coupon redemption deducted",
                "billback for promotional pricing period",
                "new store opening allowance",
                "advertising co-op fund {amt}",
                "endcap display allowance",
                "promo price not invoiced, deducting deal amount",
                "volume rebate per annual promotion agreement");
        more(ENGLISH, "SHORTAGE",
                "{qty} cartons missing from delivery",
                "received {qty} instead of the invoiced quantity",
                "part of the shipment did not arrive",
                "quantity billed twice what we received",
                "case count short at the dock",
                "one pallet missing from delivery {po}",
                "less product received than invoiced",
                "we only got {qty} pcs, paying for what arrived",
                "receiving discrepancy, units short",
                "missing goods, POD shows fewer cases");
        more(ENGLISH, "DAMAGED",
                "product unusable on arrival, cartons crushed",
                "{qty} units broken in shipment",
                "goods received wet and mouldy",
                "damaged packaging, contents destroyed",
                "damage noted on the POD by our driver",
                "glass broken on {qty} cases",
                "items arrived dented, cannot be sold",
                "freight damage claim, product destroyed",
                "spoiled goods, cold chain broken",
                "defective product on delivery, claim {n}{qty}");
        more(ENGLISH, "RETURNS",
                "RA {n}{qty} - goods picked up by your carrier",
                "credit for stock rotation return",
                "returned overstock, deducting its value",
                "we sent the goods back on {date}",
                "goods returned unopened, credit please",
                "return of wrong item shipped, credit due",
                "returned pallet {n}, awaiting your credit note",
                "products sent back under return authorisation",
                "deduction for goods returned to your warehouse",
                "return shipment received by you on {date}");
        more(ENGLISH, "FREIGHT",
                "shipping billed but terms are delivered free",
                "carrier fee deducted, not in our agreement",
                "freight charged twice on this invoice",
                "delivery charge of {amt} not agreed",
                "we pay no freight on orders above minimum",
                "transport surcharge not accepted",
                "courier costs deducted",
                "expedite fee not requested by us",
                "incorrect freight rate billed",
                "paid without the shipping line");
        more(ENGLISH, "TAX",
                "sales tax billed although exemption certificate on file",
                "VAT charged twice on invoice {inv}",
                "GST not applicable, deducted",
                "tax calculated at {pct}% instead of the reduced rate",
                "exempt from state tax, see certificate",
                "tax not due on these goods",
                "state tax not payable by us",
                "tax line removed, intra-community supply",
                "wrong VAT percentage on invoice",
                "tax billed in error on exempt items");
        more(ENGLISH, "DUPLICATE_BILLING",
                "invoice {inv} was already settled on {date}",
                "second invoice for the same delivery",
                "this is the same invoice as {inv}",
                "invoice paid twice, recovering the second payment",
                "we received this bill twice",
                "already paid with our payment of {date}",
                "same charges appear on two invoices",
                "invoice number changed but same order already paid",
                "double charged for order {po}",
                "invoice duplicated in your system");
        more(ENGLISH, "UNEARNED_DISCOUNT",
                "paid within terms, {pct}% deducted",
                "2/10 net 30 discount taken",
                "early settlement discount applied",
                "discount per payment terms",
                "took {pct}% for paying early",
                "payment discount deducted from invoice total",
                "cash discount {pct}% per your terms",
                "discount for prompt settlement",
                "less {pct}% discount",
                "early payment rebate deducted");
        more(ENGLISH, "UNAUTHORISED_DEDUCTION",
                "customer deducted {amt} with no agreement and no explanation",
                "no claim number, no approval for this deduction",
                "this deduction was never agreed with our sales team",
                "unsupported deduction, no documents received",
                "chargeback without agreement",
                "customer withheld {amt}, nothing authorised",
                "deduction taken without a valid reason code",
                "unilateral deduction by the customer",
                "deduction outside of agreement, please pay",
                "no approval on file for this chargeback");
        more(ENGLISH, "UNKNOWN",
                "payment for invoice {inv}",
                "thank you",
                "remittance attached",
                "please see our remittance advice",
                "inv {inv}",
                "payment ref {n}{qty}",
                "account {n}{qty}",
                "partial payment",
                "see e-mail",
                "open items as of {date}");

        more(GERMAN, "PRICING",
                "berechneter Preis höher als vereinbart",
                "Preis pro Stück falsch, Differenz gekürzt",
                "Rechnungspreis entspricht nicht der Preisvereinbarung",
                "Listenpreis statt Sonderpreis berechnet",
                "Preisdifferenz zu Angebot {n}{qty}");
        more(GERMAN, "PROMOTION",
                "Zuschuss Aktion KW {n}",
                "Platzierungskosten laut Jahresvereinbarung",
                "Werbekostenzuschuss Prospekt",
                "Neueröffnungsrabatt",
                "Zweitplatzierung laut Vereinbarung");
        more(GERMAN, "SHORTAGE",
                "{qty} Kartons fehlen",
                "weniger Ware erhalten als berechnet",
                "eine Palette fehlt",
                "Lieferung nicht komplett",
                "Fehlbestand beim Wareneingang");
        more(GERMAN, "DAMAGED",
                "Ware zerbrochen angekommen",
                "Kartons eingedrückt, Ware unverkäuflich",
                "Glasbruch bei {qty} Stück",
                "Ware bei Anlieferung beschädigt",
                "Schaden laut Lieferschein vermerkt");
        more(GERMAN, "RETURNS",
                "Rücksendung am {date}",
                "Ware an Sie zurück, Gutschrift bitte",
                "Retoure laut Rücksendeschein {n}{qty}",
                "zurückgegebene Ware abgezogen",
                "Rücknahme Überbestand");
        more(GERMAN, "FREIGHT",
                "Lieferung frei Haus vereinbart",
                "Fracht doppelt berechnet",
                "Transportzuschlag nicht vereinbart",
                "Expresszuschlag nicht bestellt",
                "Versandpauschale gekürzt");
        more(GERMAN, "TAX",
                "MwSt zweimal berechnet",
                "innergemeinschaftliche Lieferung, ohne USt",
                "Steuersatz {pct}% falsch",
                "Umsatzsteuer falsch ausgewiesen",
                "Steuer nicht geschuldet, steuerfrei");
        more(GERMAN, "DUPLICATE_BILLING",
                "Rechnung {inv} bereits am {date} bezahlt",
                "gleiche Lieferung zweimal berechnet",
                "Rechnung identisch mit {inv}",
                "doppelt gezahlt, Rückforderung",
                "bereits beglichen");
        more(GERMAN, "UNEARNED_DISCOUNT",
                "{pct}% Skonto bei Zahlung",
                "Skonto laut Zahlungsziel",
                "abzüglich {pct}% Skonto",
                "Zahlung mit Skonto",
                "Skontoabzug auf Zahlung {pct}% vorgenommen");
        more(GERMAN, "UNAUTHORISED_DEDUCTION",
                "Abzug nicht vereinbart",
                "Kunde hat ohne Berechtigung gekürzt",
                "Kürzung ohne Belege",
                "Abzug nicht freigegeben",
                "eigenmächtiger Abzug");
        more(GERMAN, "UNKNOWN",
                "Zahlung Rechnung {inv}",
                "vielen Dank",
                "Avis anbei",
                "Teilzahlung",
                "Re {inv}");

        FRENCH.put("PRICING", List.of(
                "écart de prix, facturé au-dessus du prix convenu",
                "prix unitaire erroné sur {item}",
                "prix facturé différent de notre commande",
                "prix du contrat non appliqué",
                "différence de prix déduite",
                "prix non conforme à l'offre",
                "hausse de prix non acceptée",
                "prix net non respecté",
                "erreur de prix ligne {n}",
                "surfacturation sur le prix unitaire"));
        FRENCH.put("PROMOTION", List.of(
                "participation publicitaire selon accord",
                "remise promotionnelle non appliquée",
                "frais de référencement nouveau produit",
                "accord de coopération commerciale annuel {n}",
                "mise en avant en magasin",
                "prime de promotion",
                "frais marketing déduits",
                "remise promo {pct}% selon accord",
                "emplacement promotionnel selon contrat",
                "opération promotionnelle semaine {n}"));
        FRENCH.put("SHORTAGE", List.of(
                "manquant à la livraison",
                "{qty} colis manquants",
                "quantité livrée inférieure à la facture",
                "la livraison était incomplète",
                "marchandise non reçue",
                "manque {qty} unités",
                "il manque une palette",
                "écart de quantité à la réception",
                "articles manquants selon bon de livraison",
                "livraison seulement partielle"));
        FRENCH.put("DAMAGED", List.of(
                "marchandise endommagée",
                "casse pendant le transport",
                "produits abîmés à la livraison",
                "colis arrivés écrasés",
                "marchandise arrivée cassée",
                "avarie transport",
                "produits défectueux à réception",
                "dommages constatés à la livraison",
                "emballage abîmé, produit invendable",
                "{qty} unités cassées"));
        FRENCH.put("RETURNS", List.of(
                "retour de marchandise",
                "avoir pour retour non reçu",
                "marchandise retournée",
                "retour selon RMA {n}{qty}",
                "produits renvoyés au fournisseur",
                "avoir retour en attente",
                "retour des invendus",
                "renvoi de la marchandise le {date}",
                "déduit la valeur des retours",
                "reprise de stock"));
        FRENCH.put("FREIGHT", List.of(
                "frais de port non convenus",
                "frais de transport déduits",
                "livraison franco convenue",
                "frais de livraison contestés",
                "port facturé à tort",
                "surcharge carburant non acceptée",
                "frais d'expédition non dus",
                "transport gratuit selon contrat",
                "frais de port déduits",
                "frais de transport facturés en double"));
        FRENCH.put("TAX", List.of(
                "TVA non applicable, autoliquidation",
                "taux de TVA erroné",
                "TVA facturée à tort",
                "exonération de TVA",
                "erreur de taxe sur facture",
                "TVA calculée sur un mauvais montant",
                "taxe facturée deux fois",
                "livraison intracommunautaire, sans TVA",
                "montant de TVA incorrect",
                "client exonéré de taxe"));
        FRENCH.put("DUPLICATE_BILLING", List.of(
                "facture en double",
                "déjà payée",
                "facturé deux fois",
                "doublon de la facture {inv}",
                "double facturation de la même livraison",
                "facture déjà réglée le {date}",
                "même facture reçue deux fois",
                "facture déjà payée par virement",
                "doublon de facturation",
                "facture identique à {inv}"));
        FRENCH.put("UNEARNED_DISCOUNT", List.of(
                "escompte {pct}% déduit",
                "escompte pour paiement anticipé",
                "remise pour paiement comptant",
                "escompte selon conditions",
                "escompte déduit du règlement",
                "escompte de règlement",
                "paiement sous 10 jours, escompte {pct}%",
                "escompte pris",
                "moins {pct}% d'escompte",
                "escompte appliqué"));
        FRENCH.put("UNAUTHORISED_DEDUCTION", List.of(
                "déduction non autorisée",
                "déduction sans accord préalable",
                "retenue non justifiée",
                "déduction sans justificatif",
                "déduction non validée par le commercial",
                "retenue non approuvée",
                "déduction abusive",
                "pas d'accord pour cette déduction",
                "déduction non acceptée",
                "retenue sans numéro de litige"));
        FRENCH.put("UNKNOWN", List.of(
                "voir pièce jointe",
                "comme convenu",
                "régularisation",
                "selon nos registres",
                "divers ajustements",
                "paiement facture {inv}",
                "autre",
                "voir avis de paiement",
                "solde du compte",
                "merci"));
        DeductionReasonContrasts.appendTo(ENGLISH, GERMAN, FRENCH);
    }

    private DeductionReasonPhrasings() {
    }

    static Map<String, List<String>> of(String language) {
        return switch (language) {
            case "de" -> GERMAN;
            case "fr" -> FRENCH;
            default -> ENGLISH;
        };
    }

    /** Appends wordings; the ones already listed keep their positions, so their partitions do not move. */
    static void more(Map<String, List<String>> map, String label, String... wordings) {
        List<String> all = new java.util.ArrayList<>(map.get(label));
        all.addAll(List.of(wordings));
        map.put(label, List.copyOf(all));
    }
}
