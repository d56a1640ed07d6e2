package io.clearline.trainingdata.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A label-noise audit of the deduction-reason texts before noise is applied: can a person tell the label
 * from the text? It flags a text labelled with a reason that names none of that reason's words (a memo
 * cut through its reason, a reason-free frame), UNAUTHORISED_DEDUCTION without a statement that the
 * deduction is not agreed / authorised / approved / backed up, and UNKNOWN that names a reason or such a
 * statement. The word lists are a reader's, deliberately independent of the generator's lists; they run on
 * accent-folded lower case. {@code java ... DeductionReasonAudit [SEED [COUNT]]} prints counts per rule.
 */
final class DeductionReasonAudit {

    /** Words that name each reason in English, German or French (folded, no accents). */
    static final Map<String, Pattern> MARKERS = new LinkedHashMap<>();

    static {
        MARKERS.put("PRICING", words("pric\\w*|prix|preis\\w*|\\w*preis|tarif\\w*|rate|overbill\\w*|overcharg\\w*"
                + "|surfactur\\w*|uberberechn\\w*|unit cost|cost variance|quot\\w+|net price|contract\\w*|extension error"
                + "|incorrectly extended|substitution overcharge|ek|price\\w*|\\w*pricing|po says less"));
        MARKERS.put("PROMOTION", words("promo\\w*|allowance|allow\\.?|co-op|coop\\w*|display\\w*|feature\\w*|scan-back"
                + "|slotting|mdf|billback|deal|coupon\\w*|trade spend|advertis\\w*|marketing|endcap|rebate|werbe\\w*|wkz"
                + "|aktion\\w*|listung\\w*|platzierung\\w*|regalmiete|zweitplatzierung|neueroffnung\\w*|referencement"
                + "|publicit\\w*|mise en avant|gondole|rfa|remise de fin d'annee|ristourne|bonus|volume discount"
                + "|cooperation commerciale|prime\\w*|operation\\w*|\\w*rabatt|pub|\\w*bonus"));
        MARKERS.put("SHORTAGE", words("shortage\\w*|short[- ]?ship\\w*|short deliver\\w*|short count|short received"
                + "|received short|short on|shortfall|short at|units short|short-ship|missing|not received|never arrived"
                + "|not deliver\\w*|did not arrive|fewer|less (?:product|than|ware)|incomplete|partial deliver\\w*"
                + "|only (?:part|got|\\d+)|quantity (?:short|received|billed|contested)|not all|pallet short|fehl\\w*|minder\\w*"
                + "|unterlief\\w*|teilliefer\\w*|zu wenig|unvollstandig|nicht (?:komplett|vollstandig|geliefert\\w*)"
                + "|weniger|mengendifferenz|manqu\\w*|incomplet\\w*|partielle|non (?:livre|recu)\\w*|inferieure"
                + "|ecart de quantite|billed not shipped|not shipped|no merchandise received|item not received"
                + "|goods not delivered|quantity below|qte livree|instead of the invoiced|signed short|carton shortage|nicht gelieferte|not received"));
        MARKERS.put("DAMAGED", words("damag\\w*|broken|crushed|breakage|defect\\w*|dented|torn|spoil\\w*|leaking|wet"
                + "|mould\\w*|destroyed|unusable|durchnasst|unbrauchbar|unsaleable|bad condition|unverkauflich|beschadig\\w*|\\w*schaden|bruch"
                + "|\\w*bruch|bruch\\w*|defekt\\w*|zerstort|zerbroch\\w*|verdorben\\w*|eingedruckt|nass|casse\\w*|endommag\\w*"
                + "|avarie|abime\\w*|ecrase\\w*|defectueu\\w*|dommage\\w*|deteriore\\w*|invendable|cassee?s?|dmg"));
        MARKERS.put("RETURNS", words("return\\w*|rma|ra|rtv|sent back|shipped back|picked up|recall|retour\\w*"
                + "|rucksend\\w*|ruckgabe|rucknahme|zuruck\\w*|warenruck\\w*|retourn\\w*|renvo\\w*|reprise|renvoy\\w*"
                + "|rucksendeschein|invendus|stock rotation|sent the goods back"));
        MARKERS.put("FREIGHT", words("freight|shipping|delivery (?:fee|charge\\w*)|carrier|transport\\w*|fuel"
                + "|handling|haulage|postage|cartage|courier|expedite|delivered free|fob|prepaid|frei haus|fracht\\w*"
                + "|versand\\w*|zustell\\w*|liefer(?:kosten|pauschale)|spedition\\w*|porto|expresszuschlag|port|franco"
                + "|frais de (?:port|livraison|transport)|expedition|messagerie|affretement|carburant|pickup charge"
                + "|delivery charge\\w*|shipment method of payment"));
        MARKERS.put("TAX", words("tax\\w*|vat|gst|excise|exempt\\w*|exemption|resale certificate|reverse charge"
                + "|intra-community|mwst\\w*|ust|umsatzsteuer|mehrwertsteuer|steuer\\w*|vorsteuer|\\w*steuer"
                + "|innergemeinschaftlich\\w*|tva|taxe\\w*|exonere\\w*|exoneration|autoliquidation|intracommunautaire"
                + "|customs dut\\w*|tax rate"));
        MARKERS.put("DUPLICATE_BILLING", words("duplicat\\w*|dupe|\\w*duplikat\\w*|dupliqu\\w*|bereits am|dup|twice|double\\w*|already (?:paid|settled|invoiced)"
                + "|paid previously|previously paid|same (?:invoice|charges|shipment|order|delivery)|second invoice"
                + "|doppel\\w*|doppelt|zweimal|bereits (?:bezahlt|beglichen)|schon (?:bezahlt|beglichen)|identisch"
                + "|doublon|deux fois|deja (?:paye|regle)\\w*|identique|copy of one"));
        MARKERS.put("UNEARNED_DISCOUNT", words("discount\\w*|disc|ppd|skont\\w*|skto\\.?|epd|2/10|2% 10|terms discount"
                + "|early (?:payment|pay|settlement)|prompt (?:pay|payment)|paying early|cash discount|settlement discount"
                + "|barzahlungsrabatt|zahlungsrabatt|fruhzahler\\w*|escompte\\w*|(?:paiement|reglement) (?:anticipe|comptant)"
                + "|remise (?:comptant|pour paiement)|within terms|within 10 days|sous 10 jours|innerhalb 10 tagen"));
        MARKERS.put("UNAUTHORISED_DEDUCTION", words("unauthori[sz]ed|not authori[sz]ed|no authori[sz]ation"
                + "|without (?:any |prior |a )?(?:authori[sz]ation|approval|agreement|consent|backup|valid)"
                + "|unapproved|not approved|no approval|no agreement|not agreed|invalid|unsupported|unjustified"
                + "|no backup|no claim|without approved|unilateral|outside of (?:the )?agreement|nothing authori[sz]ed|never agreed|not supported|no valid|without our|no supporting|no authorisation|not per (?:the )?agreement"
                + "|not authorised|no documents|w/o approval|ungenehmigt\\w*|ohne (?:genehmigung|freigabe|vereinbarung"
                + "|belege|berechtigung|unsere zustimmung|grundlage|reklamationsnummer)|und freigabe|unberechtigt\\w*|nicht (?:autorisiert\\w*"
                + "|vereinbart|genehmigt|freigegeben)|unzulassig\\w*|unbegrundet\\w*|ungerechtfertigt\\w*|eigenmachtig\\w*"
                + "|non (?:autorise|justifie|approuve|valide|accepte)\\w*|sans (?:accord|justificatif|numero)|abusive?"
                + "|injustifie\\w*|arbitraire|refuse\\w*|pas d'accord|aucun accord|sans notre accord|sans numero|rejected|not accepted by us"));
        // UNKNOWN has no words of its own: it is the absence of all of the above
    }

    /** What the audit found: counts per rule and a few examples each. */
    record Findings(Map<String, Integer> counts, Map<String, List<String>> examples, int texts) {
        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private DeductionReasonAudit() {
    }

    static Findings audit(List<LabelledText> texts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<String>> examples = new LinkedHashMap<>();
        for (LabelledText t : texts) {
            String folded = fold(t.text());
            String rule = null;
            if (t.label().equals("UNKNOWN")) {
                for (Map.Entry<String, Pattern> m : MARKERS.entrySet()) {
                    if (m.getValue().matcher(folded).find()) {
                        rule = "UNKNOWN names " + m.getKey();
                        break;
                    }
                }
            } else if (!MARKERS.get(t.label()).matcher(folded).find()) {
                rule = t.label().equals("UNAUTHORISED_DEDUCTION") ? "UNAUTHORISED_DEDUCTION without a not-agreed statement"
                        : "reason label, no word of its reason";
            }
            if (rule != null) {
                counts.merge(rule, 1, Integer::sum);
                List<String> some = examples.computeIfAbsent(rule, r -> new ArrayList<>());
                if (some.size() < 40) {
                    some.add(t.label() + " | " + t.family() + " | " + t.text().replace('\n', ' '));
                }
            }
        }
        return new Findings(counts, examples, texts.size());
    }

    static String fold(String text) {
        return DeductionReasonCues.fold(text);
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d])");
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20261123L;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        for (Partition p : Partition.values()) {
            Findings f = audit(DeductionReasonGenerator.generate(seed, count, p, false));
            System.out.println(p + ": " + f.total() + " of " + f.texts() + " undecidable " + f.counts());
            f.examples().forEach((rule, list) -> list.forEach(e -> System.out.println("  [" + rule + "] " + e)));
        }
    }
}
