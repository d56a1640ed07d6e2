package io.clearline.trainingdata.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How customers and collectors word a deduction reason, per reason code and language. The list
 * position decides the partition ({@link Partition#ofTemplate}), so a model is tested on wordings it
 * never trained on.
 */
final class DeductionReasonPhrasings {

    static final Map<String, List<String>> ENGLISH = new LinkedHashMap<>();
    static final Map<String, List<String>> GERMAN = new LinkedHashMap<>();

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
                "deal allowance per promotion agreement",
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
                "quantity shortfall on shipment",
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
                "misc",
                "will advise",
                "see remittance",
                "payment",
                "as per statement",
                "various",
                "n/a"));

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
                "Warenrücksendung, bitte Gutschrift erstellen",
                "Ware zurückgeschickt, Wert abgezogen",
                "Gutschrift für Retoure abgezogen",
                "Rückgabe laut Vereinbarung",
                "Retourenware, Gutschrift ausstehend",
                "Warenrückgabe {qty} Stück",
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
                "Sonstiges",
                "Zahlung",
                "diverse",
                "siehe Kontoauszug",
                "Ausgleich",
                "k.A."));
    }

    private DeductionReasonPhrasings() {
    }
}
