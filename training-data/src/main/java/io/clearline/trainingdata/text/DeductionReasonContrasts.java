package io.clearline.trainingdata.text;

import java.util.List;
import java.util.Map;

/**
 * Wordings added in session 4, appended after the older ones so those keep their partitions: reason-free
 * texts that still speak of a deduction ("deduction taken, no reason given"), against not-agreed
 * statements, so UNKNOWN and UNAUTHORISED_DEDUCTION differ by what the text says about the deduction and
 * not by the word "deduction"; and French and German wordings with the shorthand AR teams use there
 * (RFA, avoir, escompte, litige, avarie, manquant, port; Skonto, Fehlmenge, Bruch, Frachtkosten, WKZ).
 */
final class DeductionReasonContrasts {

    private DeductionReasonContrasts() {
    }

    static void appendTo(Map<String, List<String>> english, Map<String, List<String>> german,
            Map<String, List<String>> french) {
        DeductionReasonPhrasings.more(english, "UNKNOWN",
                "deduction taken, no reason given",
                "short paid - reason not stated",
                "amount withheld, explanation to follow",
                "deduction per our remittance, see letter",
                "balance held for internal review");
        DeductionReasonPhrasings.more(english, "UNAUTHORISED_DEDUCTION",
                "deduction is not supported by any agreement",
                "no valid claim behind this deduction, please repay",
                "customer took {amt} off without our consent",
                "chargeback has no supporting documents",
                "deduction rejected - no authorisation from our side");

        DeductionReasonPhrasings.more(german, "UNKNOWN",
                "Abzug ohne Angabe von Gründen",
                "Kürzung, Grund folgt",
                "Differenz laut Avis",
                "Zahlung unter Vorbehalt",
                "Abzug, Begründung folgt separat");
        DeductionReasonPhrasings.more(german, "UNAUTHORISED_DEDUCTION",
                "Abzug nicht vereinbart, bitte Restbetrag überweisen",
                "Kürzung ohne unsere Zustimmung",
                "Abzug ohne Vereinbarung und ohne Belege",
                "eigenmächtige Kürzung, nicht genehmigt",
                "unberechtigte Kürzung, bitte nachzahlen");
        DeductionReasonPhrasings.more(german, "PROMOTION",
                "WKZ laut Jahresgespräch",
                "WKZ Prospektaktion KW {n}",
                "Jahresbonus {pct}% abgezogen",
                "Werbekostenzuschuss Neueröffnung",
                "Aktionsrabatt laut Vereinbarung {n}{qty}");
        DeductionReasonPhrasings.more(german, "SHORTAGE",
                "Fehlmenge {qty} Stück laut Wareneingang",
                "Fehlmenge, Palette nicht angekommen",
                "nur {qty} Kartons erhalten, weitere fehlen",
                "Ware fehlt laut Lieferschein",
                "Mindermenge bei Anlieferung");
        DeductionReasonPhrasings.more(german, "DAMAGED",
                "Bruch bei Wareneingang festgestellt",
                "Bruch {qty} Flaschen",
                "Ware beschädigt, Schadensprotokoll anbei",
                "Kartons durchnässt, Ware unbrauchbar",
                "Transportschaden laut Frachtbrief");
        DeductionReasonPhrasings.more(german, "FREIGHT",
                "Frachtkosten trotz frei Haus berechnet",
                "Frachtkosten nicht übernommen",
                "Frachtkostenanteil abgezogen",
                "Mautzuschlag auf Fracht nicht vereinbart",
                "Kosten der Spedition nicht vereinbart");
        DeductionReasonPhrasings.more(german, "UNEARNED_DISCOUNT",
                "Skonto {pct}% trotz Zahlung nach Frist",
                "Skonto abgezogen, Zahlungsziel überschritten",
                "Zahlung abzgl. {pct}% Skonto",
                "Skonto nach Ablauf der Skontofrist",
                "Skonto gezogen laut Kondition");

        DeductionReasonPhrasings.more(french, "PRICING",
                "écart de prix cde/facture",
                "prix facturé supérieur au prix négocié",
                "litige : prix unitaire non conforme",
                "avoir à établir pour différence de prix",
                "ancien prix appliqué, hausse refusée");
        DeductionReasonPhrasings.more(french, "PROMOTION",
                "RFA {pct}% selon contrat annuel",
                "remise de fin d'année déduite",
                "coopération commerciale {n}e trimestre",
                "participation à l'opération promo du catalogue",
                "ristourne sur chiffre d'affaires");
        DeductionReasonPhrasings.more(french, "SHORTAGE",
                "manquant {qty} cartons à la réception",
                "litige manquant sur BL {n}{qty}",
                "livraison incomplète, {qty} colis non reçus",
                "quantité reçue inférieure à la quantité facturée",
                "colis non livré, manquant constaté");
        DeductionReasonPhrasings.more(french, "DAMAGED",
                "avarie constatée à la livraison",
                "litige avarie, réserves sur le bon de transport",
                "casse sur {qty} unités",
                "produits endommagés, refusés à la livraison",
                "marchandise abîmée, invendable");
        DeductionReasonPhrasings.more(french, "RETURNS",
                "avoir pour retour de marchandise {n}{qty}",
                "retour accordé par votre commercial, avoir attendu",
                "marchandise renvoyée à votre entrepôt",
                "retour des produits non conformes",
                "déduction de la valeur des produits retournés");
        DeductionReasonPhrasings.more(french, "FREIGHT",
                "port facturé alors que franco",
                "frais de port non prévus au contrat",
                "participation aux frais de transport refusée",
                "port dû contesté",
                "frais de livraison en double");
        DeductionReasonPhrasings.more(french, "TAX",
                "TVA facturée sur une livraison exonérée",
                "écart de TVA sur la facture {inv}",
                "taux de TVA {pct}% au lieu du taux réduit",
                "TVA appliquée à tort, client export",
                "erreur de TVA, montant HT réglé");
        DeductionReasonPhrasings.more(french, "DUPLICATE_BILLING",
                "facture déjà réglée par chèque {n}{qty}",
                "doublon avec la facture {inv}",
                "même livraison facturée deux fois",
                "facture reçue en double, non payée",
                "paiement en double de la facture {inv}");
        DeductionReasonPhrasings.more(french, "UNEARNED_DISCOUNT",
                "escompte {pct}% pour règlement sous 10 jours",
                "escompte déduit selon CGV",
                "escompte appliqué au règlement",
                "remise escompte {pct}%",
                "paiement comptant, escompte déduit");
        DeductionReasonPhrasings.more(french, "UNAUTHORISED_DEDUCTION",
                "déduction non autorisée par notre service commercial",
                "retenue sans accord ni justificatif",
                "déduction contestée : aucun accord",
                "retenue effectuée sans notre accord",
                "déduction sans numéro d'accord, merci de régulariser");
        DeductionReasonPhrasings.more(french, "UNKNOWN",
                "retenue, motif non communiqué",
                "déduction sans motif indiqué",
                "litige en cours, détail à suivre",
                "règlement partiel",
                "voir notre courrier");
    }
}
