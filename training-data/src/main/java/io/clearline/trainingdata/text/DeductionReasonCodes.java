package io.clearline.trainingdata.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Real deduction vocabulary, used as training wording only (family {@code code-}, never in calibration or
 * test): the public adjustment-reason code lists that remittance advices carry, mapped to our labels, and
 * the shorthand AR teams write. Sources (descriptions as published; checked 2026-11-23):
 * <ul>
 * <li>{@code X12-426}: ANSI ASC X12 element 426 "Adjustment Reason Code" (ADX02 in EDI 820, also CDD01/AD1),
 * version 004010 (stedi.com/edi/x12-004010/element/426); the corpus's Walmart-style 820 uses code 59.</li>
 * <li>{@code EDIFACT-4465}: UN/EDIFACT data element 4465 "Adjustment reason description code" (AJT in REMADV),
 * UNTDID D.20A (service.unece.org/trade/untdid/d20a/tred/tred4465.htm).</li>
 * <li>{@code WALMART}: Walmart's vendor deduction codes as suppliers' guides list them (supplierwiki.supplypike.com,
 * blog.8thandwalton.com).</li>
 * </ul>
 * A code whose wording does not decide one of our labels is listed with {@code label == null} and why, and is
 * not used: the wording would teach the model a guess. SAP reason codes are each company's own customising
 * (no public list) and CARC codes are health-care claim adjustments, so neither is here.
 * A wording that contains a held-out reason term ({@link DeductionReasonCues#heldOut}) is kept out too
 * ({@link #keptOut}), so the {@code term} test family stays unseen: that is EDIFACT 4465 code 40 "Deducted
 * freight costs" ("freight costs" is a test term).
 */
final class DeductionReasonCodes {

    /** One published code: its list, code, description, our label (null = not used) and why not. */
    record Code(String source, String code, String description, String label, String why) {
    }

    static final List<Code> CODES = List.of(
            use("X12-426", "01", "Pricing Error", "PRICING"),
            use("X12-426", "03", "Extension Error", "PRICING"),
            use("X12-426", "04", "Item Not Accepted - Damaged", "DAMAGED"),
            use("X12-426", "06", "Quantity Contested", "SHORTAGE"),
            use("X12-426", "11", "Returns - Damage", "RETURNS"),
            use("X12-426", "12", "Returns - Quality", "RETURNS"),
            use("X12-426", "13", "Returns - Dating", "RETURNS"),
            use("X12-426", "14", "Returns - Promotion", "RETURNS"),
            use("X12-426", "15", "Returns - Recall", "RETURNS"),
            use("X12-426", "19", "Duplicate Billing", "DUPLICATE_BILLING"),
            use("X12-426", "30", "Delivery Charge Incorrect", "FREIGHT"),
            use("X12-426", "31", "Pickup Charge Incorrect", "FREIGHT"),
            use("X12-426", "46", "Transportation Charge Incorrect", "FREIGHT"),
            use("X12-426", "54", "Freight Deducted", "FREIGHT"),
            use("X12-426", "55", "Tax Deducted", "TAX"),
            use("X12-426", "56", "Advertising Allowance Taken", "PROMOTION"),
            use("X12-426", "57", "Volume Discount Taken", "PROMOTION"),
            use("X12-426", "59", "Item not received", "SHORTAGE"),
            use("X12-426", "71", "Advertising Allowance", "PROMOTION"),
            use("X12-426", "72", "Authorized Return", "RETURNS"),
            skip("X12-426", "02", "Allowance/Charge Error", "could be a promotion allowance or a freight charge"),
            skip("X12-426", "05", "Item Not Accepted - Quality", "quality is neither damage nor shortage in our taxonomy"),
            skip("X12-426", "09", "Terms of Sale Error", "terms may mean the discount or the freight terms"),
            skip("X12-426", "16", "Non-Invoice Related Allowance/Charge", "no reason a reader can name"),
            skip("X12-426", "23", "Special Charge Not Authorized",
                    "the buyer refusing a seller's charge; 'not authorized' here is not our unauthorised deduction"),
            skip("X12-426", "24", "Incorrect Discount", "a promotion discount or a cash discount"),
            skip("X12-426", "43", "Missing Discount", "a promotion discount or a cash discount"),
            skip("X12-426", "44", "Required Documents Missing", "the buyer's documents, not our missing backup"),
            use("EDIFACT-4465", "3", "Damaged goods", "DAMAGED"),
            use("EDIFACT-4465", "4", "Short delivery", "SHORTAGE"),
            use("EDIFACT-4465", "5", "Price query", "PRICING"),
            use("EDIFACT-4465", "15", "Goods returned to agent", "RETURNS"),
            use("EDIFACT-4465", "16", "Goods partly returned", "RETURNS"),
            use("EDIFACT-4465", "17", "Transport damage", "DAMAGED"),
            use("EDIFACT-4465", "21", "Advertising costs", "PROMOTION"),
            use("EDIFACT-4465", "22", "Customs duties", "TAX"),
            use("EDIFACT-4465", "28", "See separate advice", "UNKNOWN"),
            use("EDIFACT-4465", "32", "Goods not delivered", "SHORTAGE"),
            use("EDIFACT-4465", "35", "Goods returned", "RETURNS"),
            use("EDIFACT-4465", "38", "Deducted bonus", "PROMOTION"),
            use("EDIFACT-4465", "39", "Deducted discount", "UNEARNED_DISCOUNT"),
            use("EDIFACT-4465", "40", "Deducted freight costs", "FREIGHT"),
            use("EDIFACT-4465", "43", "Reason unknown", "UNKNOWN"),
            use("EDIFACT-4465", "46", "Discount beyond terms", "UNEARNED_DISCOUNT"),
            use("EDIFACT-4465", "47", "See buyer's letter", "UNKNOWN"),
            use("EDIFACT-4465", "53", "Duplicate invoice", "DUPLICATE_BILLING"),
            use("EDIFACT-4465", "57", "Price change", "PRICING"),
            use("EDIFACT-4465", "66", "Cash discount", "UNEARNED_DISCOUNT"),
            use("EDIFACT-4465", "68", "Early payment allowance adjustment", "UNEARNED_DISCOUNT"),
            use("EDIFACT-4465", "72", "Temporary special promotion", "PROMOTION"),
            use("EDIFACT-4465", "73", "Difference in tax rate", "TAX"),
            use("EDIFACT-4465", "75", "Promotion discount", "PROMOTION"),
            use("EDIFACT-4465", "7", "Payment on account", "UNKNOWN"),
            skip("EDIFACT-4465", "1", "Agreed settlement", "a settlement, no reason for it"),
            skip("EDIFACT-4465", "2", "Below specification goods", "quality, not damage"),
            skip("EDIFACT-4465", "6", "Proof of delivery required", "the buyer asks for proof; no shortage is stated"),
            skip("EDIFACT-4465", "9", "Invoice error", "any of several reasons"),
            skip("EDIFACT-4465", "13", "Counter claim", "an offset, no reason for it"),
            skip("EDIFACT-4465", "19", "Trade discount", "a promotion or a price agreement"),
            skip("EDIFACT-4465", "55", "Additional charge not authorized",
                    "the buyer refusing a seller's charge; 'not authorized' here is not our unauthorised deduction"),
            skip("EDIFACT-4465", "56", "Incorrect discount", "a promotion discount or a cash discount"),
            use("WALMART", "1", "Defective merchandise", "DAMAGED"),
            use("WALMART", "11", "Pricing Overcharge (price difference between PO and invoice)", "PRICING"),
            use("WALMART", "12", "Invoice Incorrectly Extended", "PRICING"),
            use("WALMART", "13", "Substitution Overcharge", "PRICING"),
            use("WALMART", "21", "Concealed Shortages", "SHORTAGE"),
            use("WALMART", "22", "Merchandise Billed not Shipped", "SHORTAGE"),
            use("WALMART", "23", "Carton Shortage SLC", "SHORTAGE"),
            use("WALMART", "24", "Carton Shortage/Freight Bill Signed Short", "SHORTAGE"),
            use("WALMART", "25", "No merchandise received for invoice", "SHORTAGE"),
            use("WALMART", "30", "Duplicate billing", "DUPLICATE_BILLING"),
            skip("WALMART", "10", "Price Difference as Documented (Allowance Difference)", "a price or an allowance"),
            skip("WALMART", "14", "Short/Damaged (Trailer Seal Intact)", "shortage or damage: the code does not say which"),
            skip("WALMART", "15", "Pallets/Shrink-wrapped Short/Damaged", "shortage or damage: the code does not say which"));

    /**
     * Shorthand AR teams write in memo fields and notes (German and French accounts receivable practice),
     * per label. "RFA" is the French remise de fin d'année (year-end trade rebate), "WKZ" the German
     * Werbekostenzuschuss, "avoir" a credit note, "litige" a dispute file, "port" carriage.
     */
    static final Map<String, Map<String, List<String>>> SHORTHAND = Map.of(
            "fr", Map.ofEntries(
                    Map.entry("PRICING", List.of("litige sur prix unitaire", "écart prix cde/fact", "prix non conforme au contrat",
                            "avoir demandé pour écart de prix", "différence de prix ligne {n}")),
                    Map.entry("PROMOTION", List.of("RFA {n}", "RFA selon accord annuel", "remise de fin d'année",
                            "ristourne annuelle", "remise promo non déduite", "participation pub")),
                    Map.entry("SHORTAGE", List.of("manquant {qty} colis", "litige manquant", "manquant à réception",
                            "qté livrée < qté facturée", "manque palette")),
                    Map.entry("DAMAGED", List.of("avarie", "litige avarie", "casse à réception", "réserves transporteur casse",
                            "avarie constatée sur BL")),
                    Map.entry("RETURNS", List.of("avoir retour", "retour march.", "avoir sur retour {n}{qty}",
                            "retour accordé", "bon de retour {n}{qty}")),
                    Map.entry("FREIGHT", List.of("port", "frais de port déduits", "franco de port non respecté",
                            "port facturé, franco convenu", "participation port refusée")),
                    Map.entry("TAX", List.of("TVA à tort", "écart TVA", "exonéré de TVA", "TVA non due")),
                    Map.entry("DUPLICATE_BILLING", List.of("fact. en double", "déjà réglée", "double paiement",
                            "facture déjà payée")),
                    Map.entry("UNEARNED_DISCOUNT", List.of("escompte", "escompte {pct}%", "escompte hors délai",
                            "escompte pris hors délai", "escompte non accordé déduit")),
                    Map.entry("UNAUTHORISED_DEDUCTION", List.of("déduction non autorisée", "retenue sans accord",
                            "déduction sans justificatif", "litige non justifié")),
                    Map.entry("UNKNOWN", List.of("litige", "litige en cours", "voir détail", "sans motif",
                            "motif non précisé"))),
            "de", Map.ofEntries(
                    Map.entry("PRICING", List.of("Preisdiff.", "Preisdifferenz lt. Kontrakt", "falscher EK")),
                    Map.entry("PROMOTION", List.of("WKZ", "WKZ lt. JV", "Jahresbonus", "Bonus lt. Jahresvereinbarung",
                            "Aktions-WKZ")),
                    Map.entry("SHORTAGE", List.of("Fehlmenge", "Fehlmenge lt. WE", "Minderlieferung lt. LS",
                            "Fehlmenge {qty} Stk")),
                    Map.entry("DAMAGED", List.of("Bruch", "Bruch lt. WE", "Transportschaden lt. Frachtbrief", "Bruchware")),
                    Map.entry("RETURNS", List.of("Retoure", "GS Retoure", "Retoure lt. RMA {n}{qty}")),
                    Map.entry("FREIGHT", List.of("Frachtkosten", "Frachtkosten frei Haus vereinbart", "Fracht lt. Vertrag frei")),
                    Map.entry("TAX", List.of("MwSt-Diff.", "USt-Differenz", "Reverse Charge")),
                    Map.entry("DUPLICATE_BILLING", List.of("Doppelberechnung", "bereits bezahlt", "Rg. doppelt erhalten")),
                    Map.entry("UNEARNED_DISCOUNT", List.of("Skonto", "Skonto {pct}%", "Skonto nach Fristablauf",
                            "Skonto trotz Zielüberschreitung")),
                    Map.entry("UNAUTHORISED_DEDUCTION", List.of("Abzug nicht vereinbart", "Abzug ohne Freigabe")),
                    Map.entry("UNKNOWN", List.of("Differenz", "Klärung folgt", "ohne Angabe von Gründen"))),
            "en", Map.ofEntries(
                    Map.entry("UNAUTHORISED_DEDUCTION", List.of("invalid chargeback - no POD dispute on file",
                            "unauthorized deduction, repayment requested", "deduction not per agreement",
                            "no backup received for this deduction")),
                    Map.entry("UNKNOWN", List.of("unidentified deduction", "deduction, no reason given",
                            "short paid, reason not stated", "no reason code on remittance"))));

    private static final String[] CODE_PATTERNS = {"{code} {desc}", "reason code {code} - {desc}", "adj rsn {code} {desc}",
        "{desc}", "{desc} (code {code})", "ADX {code} {desc}", "deduction code {code}: {desc}", "{source} {code} {desc}"};

    private DeductionReasonCodes() {
    }

    /** Training wordings for one label and language: real codes (English lists) and AR shorthand. */
    static List<String> vocabulary(String language, String label) {
        List<String> out = new ArrayList<>();
        if (language.equals("en")) {
            CODES.stream().filter(c -> label.equals(c.label())).forEach(c -> out.add("{code:" + c.source() + ":"
                    + c.code() + "}" + c.description()));
        }
        out.addAll(SHORTHAND.getOrDefault(language, Map.of()).getOrDefault(label, List.of()));
        return out.stream().filter(w -> heldOutTermIn(w) == null).toList();
    }

    /** The wordings left out because they contain a held-out term, with the term. */
    static List<String> keptOut() {
        List<String> out = new ArrayList<>();
        CODES.stream().filter(c -> c.label() != null && heldOutTermIn(c.description()) != null)
                .forEach(c -> out.add(c.source() + " " + c.code() + " '" + c.description() + "' contains '"
                        + heldOutTermIn(c.description()) + "'"));
        SHORTHAND.values().forEach(byLabel -> byLabel.values().forEach(list -> list.stream()
                .filter(w -> heldOutTermIn(w) != null).forEach(w -> out.add("'" + w + "' contains '" + heldOutTermIn(w) + "'"))));
        return out;
    }

    /** A wording as a memo would carry it: a code entry gets its code in one of a few layouts. */
    static String render(String wording, java.util.Random random) {
        if (!wording.startsWith("{code:")) {
            return wording;
        }
        int end = wording.indexOf('}');
        String[] parts = wording.substring(1, end).split(":");
        String pattern = CODE_PATTERNS[random.nextInt(CODE_PATTERNS.length)];
        return pattern.replace("{source}", parts[1].startsWith("X12") ? "X12" : parts[1].startsWith("EDI") ? "AJT" : "code")
                .replace("{code}", parts[2]).replace("{desc}", wording.substring(end + 1));
    }

    private static String heldOutTermIn(String wording) {
        String folded = DeductionReasonCues.fold(wording);
        return DeductionReasonCues.heldOut().stream().map(DeductionReasonCues.Term::text)
                .filter(t -> DeductionReasonCues.wordPattern(t).matcher(folded).find()).findFirst().orElse(null);
    }

    private static Code use(String source, String code, String description, String label) {
        return new Code(source, code, description, label, "");
    }

    private static Code skip(String source, String code, String description, String why) {
        return new Code(source, code, description, null, why);
    }
}
