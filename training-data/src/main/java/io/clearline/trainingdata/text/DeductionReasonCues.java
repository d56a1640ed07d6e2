package io.clearline.trainingdata.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The short terms a reason is named by ("short shipment", "Skonto") and reason-neutral sentence
 * patterns around them. Terms are shared by every partition — the vocabulary of deduction reasons is
 * small and known — while patterns are dealt out by partition, so test texts put known terms into
 * sentences training never saw. Texts built this way carry the family prefix {@code cue-}; whole
 * hand-written phrasings ({@link DeductionReasonPhrasings}) carry {@code reason-}, and the
 * evaluation reports both.
 */
final class DeductionReasonCues {

    static final Map<String, List<String>> ENGLISH = new LinkedHashMap<>();
    static final Map<String, List<String>> GERMAN = new LinkedHashMap<>();

    static final List<String> ENGLISH_PATTERNS = List.of(
            "{cue}", "deducted for {cue}", "{cue} on {item}", "claim: {cue}", "reason - {cue}",
            "{cue}, see attached", "{cue} per our records", "short paid due to {cue}", "{cue} ({qty} units)",
            "disputed: {cue}", "{cue} - credit requested", "because of {cue}", "{cue} on line {n}",
            "deduction code {n}{n} {cue}", "{cue} as discussed with {name}");
    static final List<String> GERMAN_PATTERNS = List.of(
            "{cue}", "Abzug wegen {cue}", "{cue} bei {item}", "Grund: {cue}", "{cue} laut Anlage",
            "gekürzt wegen {cue}", "{cue} ({qty} Stück)", "Reklamation: {cue}", "{cue}, Gutschrift erbeten",
            "{cue} wie besprochen");

    static {
        ENGLISH.put("PRICING", List.of("price difference", "pricing error", "wrong price", "price variance",
                "overcharge", "price discrepancy", "contract price", "unit price error"));
        ENGLISH.put("PROMOTION", List.of("promotion", "promo allowance", "trade allowance", "co-op advertising",
                "promotional deal", "display allowance", "feature ad", "scan-back"));
        ENGLISH.put("SHORTAGE", List.of("shortage", "short shipment", "missing cases", "items not received",
                "short delivery", "quantity short", "missing cartons", "short count"));
        ENGLISH.put("DAMAGED", List.of("damaged goods", "damage in transit", "broken product", "crushed cases",
                "breakage", "defective units", "damaged on arrival", "water damage"));
        ENGLISH.put("RETURNS", List.of("returned goods", "return credit", "RMA", "customer return",
                "goods sent back", "return authorization", "returned merchandise", "product return"));
        ENGLISH.put("FREIGHT", List.of("freight", "shipping charges", "delivery fee", "freight charge",
                "carrier charges", "transport costs", "fuel surcharge", "shipping and handling"));
        ENGLISH.put("TAX", List.of("sales tax", "VAT", "tax exempt", "wrong tax rate", "tax overcharge",
                "resale certificate", "tax error", "withholding tax"));
        ENGLISH.put("DUPLICATE_BILLING", List.of("duplicate invoice", "billed twice", "double billing",
                "already paid", "duplicate charge", "invoiced twice", "paid previously", "duplicate billing"));
        ENGLISH.put("UNEARNED_DISCOUNT", List.of("early payment discount", "cash discount", "prompt pay discount",
                "2% discount", "terms discount", "settlement discount", "discount taken", "skonto"));
        ENGLISH.put("UNAUTHORISED_DEDUCTION", List.of("unauthorized deduction", "unapproved deduction",
                "no authorization", "deduction without approval", "invalid chargeback", "no backup", "not authorised",
                "unapproved chargeback"));
        ENGLISH.put("UNKNOWN", List.of("misc", "other", "adjustment", "see remittance", "various", "n/a",
                "to follow", "general"));

        GERMAN.put("PRICING", List.of("Preisdifferenz", "falscher Preis", "Preisabweichung", "Kontraktpreis",
                "Überberechnung Preis", "Einzelpreis falsch"));
        GERMAN.put("PROMOTION", List.of("Werbekostenzuschuss", "WKZ", "Aktionsrabatt", "Listungsgebühr",
                "Promotion", "Aktionsvergütung"));
        GERMAN.put("SHORTAGE", List.of("Fehlmenge", "Minderlieferung", "Unterlieferung", "fehlende Ware",
                "Mindermenge", "fehlende Kartons"));
        GERMAN.put("DAMAGED", List.of("beschädigte Ware", "Transportschaden", "Bruch", "defekte Ware",
                "Beschädigung", "Ware zerstört"));
        GERMAN.put("RETURNS", List.of("Retoure", "Rücksendung", "Warenrückgabe", "Gutschrift Retoure",
                "zurückgesandte Ware", "RMA"));
        GERMAN.put("FREIGHT", List.of("Frachtkosten", "Versandkosten", "Transportkosten", "Fracht",
                "Zustellgebühr", "Frachtzuschlag"));
        GERMAN.put("TAX", List.of("Mehrwertsteuer", "MwSt", "Umsatzsteuer", "Steuersatz falsch", "USt",
                "Reverse Charge"));
        GERMAN.put("DUPLICATE_BILLING", List.of("Doppelberechnung", "doppelte Rechnung", "bereits bezahlt",
                "zweimal berechnet", "Rechnungsduplikat", "doppelt fakturiert"));
        GERMAN.put("UNEARNED_DISCOUNT", List.of("Skonto", "Skontoabzug", "Barzahlungsrabatt", "Zahlungsrabatt",
                "Skonto 2%", "Frühzahlerrabatt"));
        GERMAN.put("UNAUTHORISED_DEDUCTION", List.of("ungenehmigter Abzug", "Abzug ohne Genehmigung",
                "unberechtigter Abzug", "nicht autorisierter Abzug", "Abzug ohne Freigabe", "unzulässige Kürzung"));
        GERMAN.put("UNKNOWN", List.of("Sonstiges", "diverse", "Korrektur", "Ausgleich", "siehe Avis",
                "allgemein"));
    }

    private DeductionReasonCues() {
    }
}
