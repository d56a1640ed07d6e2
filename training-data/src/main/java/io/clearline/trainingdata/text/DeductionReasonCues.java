package io.clearline.trainingdata.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The short terms a reason is named by ("short shipment", "Skonto") and reason-neutral sentence
 * patterns around them. Patterns are dealt out by position ({@link Partition#ofTemplate}). The first
 * {@link #core} terms of each list are the reason's known vocabulary, shared by every partition (family
 * {@code cue-}: a known term in a sentence training never saw); the terms after them are dealt out by
 * position too (family {@code term-}: a term training never saw, in a sentence it never saw). Whole
 * hand-written phrasings ({@link DeductionReasonPhrasings}) carry {@code reason-}; the evaluation reports
 * all three.
 */
final class DeductionReasonCues {

    static final Map<String, List<String>> ENGLISH = new LinkedHashMap<>();
    static final Map<String, List<String>> GERMAN = new LinkedHashMap<>();
    static final Map<String, List<String>> FRENCH = new LinkedHashMap<>();

    static final List<String> ENGLISH_PATTERNS = List.of(
            "{cue}", "deducted for {cue}", "{cue} on {item}", "claim: {cue}", "reason - {cue}",
            "{cue}, see attached", "{cue} per our records", "short paid due to {cue}", "{cue} ({qty} units)",
            "disputed: {cue}", "{cue} - credit requested", "because of {cue}", "{cue} on line {n}",
            "deduction code {n}{n} {cue}", "{cue} as discussed with {name}", "ded {cue}", "{cue} {amt}",
            "adj {cue} inv {inv}", "{cue} - see claim {n}{qty}", "{cue} per your invoice {inv}");
    static final List<String> GERMAN_PATTERNS = List.of(
            "{cue}", "Abzug wegen {cue}", "{cue} bei {item}", "Grund: {cue}", "{cue} laut Anlage",
            "gekürzt wegen {cue}", "{cue} ({qty} Stück)", "Reklamation: {cue}", "{cue}, Gutschrift erbeten",
            "{cue} wie besprochen", "abzgl. {cue} {amt}", "Kürzung {cue}", "{cue} Rg. {inv}",
            "{cue} lt. Beleg {n}{qty}", "wg. {cue}");
    static final List<String> FRENCH_PATTERNS = List.of(
            "{cue}", "déduction pour {cue}", "{cue} sur {item}", "motif : {cue}", "{cue} voir pièce jointe",
            "réclamation : {cue}", "{cue} ({qty} unités)", "retenue {cue}", "{cue}, avoir demandé",
            "{cue} selon nos relevés", "pour {cue}", "retenue pour {cue}", "{cue} selon notre courrier",
            "avoir pour {cue}", "{cue} - voir BL");

    static {
        ENGLISH.put("PRICING", List.of("price difference", "pricing error", "wrong price", "price variance",
                "overcharge", "price discrepancy", "contract price", "unit price error", "price dispute",
                "incorrect pricing", "price adj", "cost variance", "rate difference", "overpricing", "billed price"));
        ENGLISH.put("PROMOTION", List.of("promotion", "promo allowance", "trade allowance", "co-op advertising",
                "promotional deal", "display allowance", "feature ad", "scan-back", "slotting fee", "MDF",
                "billback", "ad allowance", "deal allowance", "coupon reimbursement", "trade spend"));
        ENGLISH.put("SHORTAGE", List.of("shortage", "short shipment", "missing cases", "items not received",
                "short delivery", "quantity short", "missing cartons", "short count", "short ship",
                "missing units", "not delivered", "short received", "shortfall", "partial delivery", "missing pallet"));
        ENGLISH.put("DAMAGED", List.of("damaged goods", "damage in transit", "broken product", "crushed cases",
                "breakage", "defective units", "damaged on arrival", "water damage", "damaged product",
                "concealed damage", "broken glass", "spoilage", "product damage", "dented cans", "torn packaging"));
        ENGLISH.put("RETURNS", List.of("returned goods", "return credit", "RMA", "customer return",
                "goods sent back", "return authorization", "returned merchandise", "product return", "stock return",
                "return to vendor", "RTV", "returned stock", "return allowance", "merchandise return", "return"));
        ENGLISH.put("FREIGHT", List.of("freight", "shipping charges", "delivery fee", "freight charge",
                "carrier charges", "transport costs", "fuel surcharge", "shipping and handling", "freight claim",
                "delivery charge", "shipping fee", "haulage", "freight costs", "postage", "cartage"));
        ENGLISH.put("TAX", List.of("sales tax", "VAT", "tax exempt", "wrong tax rate", "tax overcharge",
                "resale certificate", "tax error", "withholding tax", "GST", "tax difference", "exemption",
                "excise", "use tax", "VAT error", "tax"));
        ENGLISH.put("DUPLICATE_BILLING", List.of("duplicate invoice", "billed twice", "double billing",
                "already paid", "duplicate charge", "invoiced twice", "paid previously", "duplicate billing",
                "duplicate", "double invoice", "paid twice", "dupe invoice", "previously paid", "double charge",
                "invoice duplicated"));
        ENGLISH.put("UNEARNED_DISCOUNT", List.of("early payment discount", "cash discount", "prompt pay discount",
                "2% discount", "terms discount", "settlement discount", "discount taken", "skonto",
                "early pay disc", "payment discount", "2/10", "PPD", "EPD", "term disc",
                "discount"));
        ENGLISH.put("UNAUTHORISED_DEDUCTION", List.of("unauthorized deduction", "unapproved deduction",
                "no authorization", "deduction without approval", "invalid chargeback", "no backup", "not authorised",
                "unapproved chargeback", "unauthorised claim", "no claim number", "unsupported deduction",
                "invalid deduction", "deduction not agreed", "unjustified deduction", "no approval"));
        ENGLISH.put("UNKNOWN", List.of("misc", "other", "adjustment", "see remittance", "various", "n/a",
                "to follow", "general", "miscellaneous", "adj", "tbd", "pending", "unspecified", "none", "see note"));

        GERMAN.put("PRICING", List.of("Preisdifferenz", "falscher Preis", "Preisabweichung", "Kontraktpreis",
                "Überberechnung Preis", "Einzelpreis falsch", "Preisfehler", "Preiskorrektur", "Preisstreit",
                "Nettopreis"));
        GERMAN.put("PROMOTION", List.of("Werbekostenzuschuss", "WKZ", "Aktionsrabatt", "Listungsgebühr",
                "Promotion", "Aktionsvergütung", "Platzierungsgebühr", "Werbezuschuss", "Aktionszuschuss",
                "Regalmiete"));
        GERMAN.put("SHORTAGE", List.of("Fehlmenge", "Minderlieferung", "Unterlieferung", "fehlende Ware",
                "Mindermenge", "fehlende Kartons", "Teillieferung", "Fehlbestand", "fehlende Palette",
                "Mengendifferenz"));
        GERMAN.put("DAMAGED", List.of("beschädigte Ware", "Transportschaden", "Bruch", "defekte Ware",
                "Beschädigung", "Ware zerstört", "Glasbruch", "Bruchschaden", "Warenschaden", "verdorbene Ware"));
        GERMAN.put("RETURNS", List.of("Retoure", "Rücksendung", "Warenrückgabe", "Gutschrift Retoure",
                "zurückgesandte Ware", "RMA", "Rückgabe", "Rücknahme", "Retourenware", "Warenrücksendung"));
        GERMAN.put("FREIGHT", List.of("Frachtkosten", "Versandkosten", "Transportkosten", "Fracht",
                "Zustellgebühr", "Frachtzuschlag", "Lieferkosten", "Speditionskosten", "Porto", "Versandpauschale"));
        GERMAN.put("TAX", List.of("Mehrwertsteuer", "MwSt", "Umsatzsteuer", "Steuersatz falsch", "USt",
                "Reverse Charge", "Steuerdifferenz", "Steuerfehler", "Vorsteuer", "steuerfrei"));
        GERMAN.put("DUPLICATE_BILLING", List.of("Doppelberechnung", "doppelte Rechnung", "bereits bezahlt",
                "zweimal berechnet", "Rechnungsduplikat", "doppelt fakturiert", "Doppelzahlung", "Duplikat",
                "schon bezahlt", "Doppelfaktura"));
        GERMAN.put("UNEARNED_DISCOUNT", List.of("Skonto", "Skontoabzug", "Barzahlungsrabatt", "Zahlungsrabatt",
                "Skonto 2%", "Frühzahlerrabatt", "Skto.", "Skontobetrag", "Skontoziehung", "Skontierung"));
        GERMAN.put("UNAUTHORISED_DEDUCTION", List.of("ungenehmigter Abzug", "Abzug ohne Genehmigung",
                "unberechtigter Abzug", "nicht autorisierter Abzug", "Abzug ohne Freigabe", "unzulässige Kürzung",
                "unbegründeter Abzug", "Abzug nicht vereinbart", "Kürzung ohne Grundlage", "ungerechtfertigter Abzug"));
        GERMAN.put("UNKNOWN", List.of("Sonstiges", "diverse", "Korrektur", "Ausgleich", "siehe Avis",
                "allgemein", "Verschiedenes", "k.A.", "Rest", "siehe Mail"));

        FRENCH.put("PRICING", List.of("écart de prix", "erreur de prix", "mauvais prix", "prix contrat",
                "surfacturation", "prix unitaire", "différence tarifaire", "prix erroné", "litige prix", "tarif"));
        FRENCH.put("PROMOTION", List.of("promotion", "coopération commerciale", "remise promo", "référencement",
                "participation publicitaire", "prime promotionnelle", "mise en avant", "opération promo",
                "budget marketing", "tête de gondole"));
        FRENCH.put("SHORTAGE", List.of("manquant", "colis manquants", "livraison incomplète", "quantité manquante",
                "non livré", "manque", "livraison partielle", "écart de quantité", "palette manquante",
                "produits manquants"));
        FRENCH.put("DAMAGED", List.of("casse", "marchandise endommagée", "avarie", "produits abîmés",
                "colis écrasés", "défectueux", "dommage transport", "produit cassé", "casse transport",
                "marchandise détériorée"));
        FRENCH.put("RETURNS", List.of("retour", "avoir retour", "marchandise retournée", "RMA", "reprise",
                "renvoi", "retour produit", "retour client", "retour invendus", "retour marchandise"));
        FRENCH.put("FREIGHT", List.of("frais de port", "transport", "frais de livraison", "port",
                "frais d'expédition", "surcharge carburant", "franco", "frais de transport", "messagerie",
                "affrètement"));
        FRENCH.put("TAX", List.of("TVA", "taux de TVA", "exonération", "autoliquidation", "taxe",
                "erreur TVA", "TVA erronée", "écart de TVA", "taxe indue", "TVA intracommunautaire"));
        FRENCH.put("DUPLICATE_BILLING", List.of("doublon", "facture en double", "déjà payé", "double facturation",
                "facturé deux fois", "déjà réglé", "double paiement", "facture dupliquée", "payé deux fois",
                "doublon facture"));
        FRENCH.put("UNEARNED_DISCOUNT", List.of("escompte", "escompte 2%", "remise paiement anticipé",
                "escompte pris", "remise comptant", "escompte de règlement", "escompte 3%", "déduction escompte",
                "escompte conditions", "règlement anticipé"));
        FRENCH.put("UNAUTHORISED_DEDUCTION", List.of("déduction non autorisée", "retenue non justifiée",
                "déduction sans accord", "déduction abusive", "retenue non approuvée", "sans justificatif",
                "déduction injustifiée", "retenue arbitraire", "déduction non validée", "déduction refusée"));
        FRENCH.put("UNKNOWN", List.of("divers", "autre", "régularisation", "voir avis", "ajustement", "solde",
                "à suivre", "général", "sans objet", "voir mail"));
    }

    private DeductionReasonCues() {
    }

    static Map<String, List<String>> of(String language) {
        return switch (language) {
            case "de" -> GERMAN;
            case "fr" -> FRENCH;
            default -> ENGLISH;
        };
    }

    /** How many leading terms per list are shared vocabulary (mostly the lists' original terms). */
    static int core(String language) {
        return switch (language) {
            case "de", "fr" -> 5;
            default -> 8;
        };
    }

    /** A further term and the partition it is dealt to. */
    record Term(String text, String label, String language, Partition partition) {
    }

    /** The further terms dealt to calibration or test: no text of an earlier partition may contain them. */
    static List<Term> heldOut() {
        List<Term> out = new java.util.ArrayList<>();
        for (String language : List.of("en", "de", "fr")) {
            int core = core(language);
            of(language).forEach((label, terms) -> {
                for (int i = core; i < terms.size(); i++) {
                    Partition p = Partition.ofTemplate(i - core);
                    if (p != Partition.TRAIN) {
                        out.add(new Term(terms.get(i), label, language, p));
                    }
                }
            });
        }
        return out;
    }

    /** Whole-word match of {@code term} in {@link #fold folded} text. */
    static java.util.regex.Pattern wordPattern(String term) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(fold(term))
                + "(?![\\p{L}\\d])");
    }

    /** Lower case without accents, so "Tête" and "TETE" are the same word. */
    static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    static List<String> patterns(String language) {
        return switch (language) {
            case "de" -> GERMAN_PATTERNS;
            case "fr" -> FRENCH_PATTERNS;
            default -> ENGLISH_PATTERNS;
        };
    }
}
