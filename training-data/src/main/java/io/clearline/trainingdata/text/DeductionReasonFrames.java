package io.clearline.trainingdata.text;

import java.util.List;

/**
 * Where a deduction reason is written: bank memo lines (cut to the field length the bank or ERP
 * keeps), remittance lines and short-pay notes, and e-mail bodies, which {@link Mails} wraps in a
 * greeting, signature and quoted earlier message. {@code {reason}} is the phrasing; other placeholders
 * see {@link Templates}. List position decides the partition, as for phrasings.
 */
final class DeductionReasonFrames {

    /** A frame; {@code memo} frames are cut like a bank's remittance field, {@code mail} ones get wrapped. */
    record Frame(String template, boolean memo, boolean mail) {
    }

    static final List<Frame> ENGLISH = List.of(
            note("{reason}"),
            note("INV {inv} short paid {amt} - {reason}"),
            mail("we paid invoice {inv} less {amt}.\nReason: {reason}."),
            note("Deduction {amt} on invoice {inv}: {reason}"),
            note("Short pay note: {reason} (inv {inv}, {amt})"),
            memo("memo: {reason} / ref {inv}"),
            mail("Please note we deducted {amt} from payment for invoice {inv} because: {reason}"),
            memo("{inv} {amt} {reason}"),
            note("Remittance line {n}: invoice {inv}, paid {amt}, reason: {reason}"),
            mail("{reason}. Therefore invoice {inv} was paid short by {amt}."),
            note("Deduction taken: {reason} - inv {inv}"),
            note("Remittance for invoice {inv}: paid {amt}. Short pay reason - {reason}"),
            mail("RE: Deduction on invoice {inv}\n\n{reason}."),
            memo("Payment {amt} ref {inv}; deduction reason: {reason}"),
            note("Claim for deduction on {inv}: {reason}. Amount {amt}."),
            memo("PMT INV {inv} LESS {amt} {reason}"),
            memo("RMR*IV*{inv}**{amt} {reason}"),
            mail("Our payment of {amt} covers invoice {inv} except for the following: {reason}"),
            memo("/RFB/{inv}/{reason}"),
            note("Short payment advice\nInvoice: {inv}\nDeducted: {amt}\nReason: {reason}"),
            memo("SP {inv} -{amt} {reason}"),
            mail("Regarding your statement: invoice {inv} was short paid ({amt}), {reason}."),
            memo("REF {inv} DED {amt} {reason}"),
            note("Debit note {n}{qty} for invoice {inv}: {reason}"),
            mail("Following up on invoice {inv}: we have taken a deduction of {amt}. {reason}."),
            memo("INV{inv} {amt} DED {reason}"),
            note("Dispute {n}{qty} | invoice {inv} | {amt} | {reason}"),
            mail("As per our phone call, the {amt} we held back on invoice {inv}: {reason}"),
            memo("{inv}/{reason}/{amt}"),
            note("Chargeback {n}{qty}: {reason}, invoice {inv}, amount {amt}"));
    static final List<Frame> GERMAN = List.of(
            note("{reason}"),
            note("Rechnung {inv} gekürzt um {amt}: {reason}"),
            mail("bei Rechnung {inv} haben wir {amt} abgezogen.\nGrund: {reason}"),
            note("Abzug {amt} Rg. {inv} - {reason}"),
            memo("Verwendungszweck: {inv} {reason} {amt}"),
            note("Abzug: {reason} (Rg. {inv})"),
            note("Zahlung zu Rechnung {inv} abzüglich {amt}, Grund: {reason}"),
            mail("wir haben bei der Zahlung {amt} einbehalten: {reason}."),
            note("Kürzung Rechnung {inv}: {reason}"),
            note("Zahlungsavis Zeile {n}: Rg. {inv} gezahlt {amt}, Abzugsgrund: {reason}"),
            memo("RG {inv} ABZUG {amt} {reason}"),
            mail("zu Ihrer Rechnung {inv}: wir haben {amt} gekürzt, {reason}."),
            memo("RE {inv} {amt} {reason}"),
            note("Belastungsanzeige {n}{qty} zu Rg. {inv}: {reason}"),
            mail("wie telefonisch besprochen, der Abzug von {amt} bei Rechnung {inv}: {reason}"),
            memo("SVWZ+RE {inv} ABZ {amt} {reason}"),
            note("Zahlungsavis: Beleg {inv}, Abzug {amt}, Text: {reason}"),
            mail("anbei unser Avis. Bei Rechnung {inv} wurden {amt} einbehalten: {reason}."),
            note("Differenz {amt} zu Rg. {inv}: {reason}"),
            memo("AVIS {inv}/{amt}/{reason}"));
    static final List<Frame> FRENCH = List.of(
            note("{reason}"),
            note("Facture {inv} réglée moins {amt} : {reason}"),
            mail("nous avons réglé la facture {inv} déduction faite de {amt}.\nMotif : {reason}"),
            note("Déduction {amt} sur facture {inv} - {reason}"),
            memo("FACT {inv} {amt} {reason}"),
            note("Retenue : {reason} (fact. {inv})"),
            mail("concernant votre facture {inv}, nous avons retenu {amt} : {reason}."),
            memo("REF {inv} DED {amt} {reason}"),
            note("Avis de paiement ligne {n} : facture {inv}, payé {amt}, motif : {reason}"),
            mail("suite à notre échange, la retenue de {amt} sur la facture {inv} : {reason}"),
            note("Avis de règlement : facture {inv}, retenue {amt}, motif {reason}"),
            memo("VIR FACT {inv} RET {amt} {reason}"),
            mail("Pour la facture {inv}, nous avons déduit {amt}.\nRaison : {reason}"),
            note("Litige {n}{qty} | facture {inv} | {amt} | {reason}"),
            memo("/RFB/{inv}/{reason}"),
            note("Note de débit {n}{qty} sur facture {inv} : {reason}"),
            mail("Suite à votre relance, la facture {inv} a été réglée à hauteur de {amt} : {reason}."),
            memo("REGLT {inv} MOINS {amt} {reason}"),
            note("Déduction client : {reason} - fact. {inv}"),
            mail("Veuillez noter que nous avons retenu {amt} sur votre facture {inv} : {reason}"));

    private DeductionReasonFrames() {
    }

    static List<Frame> of(String language) {
        return switch (language) {
            case "de" -> GERMAN;
            case "fr" -> FRENCH;
            default -> ENGLISH;
        };
    }

    private static Frame note(String template) {
        return new Frame(template, false, false);
    }

    private static Frame memo(String template) {
        return new Frame(template, true, false);
    }

    private static Frame mail(String template) {
        return new Frame(template, false, true);
    }
}
