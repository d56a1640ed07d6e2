package io.clearline.trainingdata.text;

import java.util.List;

/**
 * Where an order exception's text is written: the intake's validation message, a CSR note, an order
 * hold reason, or a customer's or colleague's e-mail (frames starting with {@value #MAIL} are wrapped by
 * {@link Mails}). {@code {text}} is the phrasing; list position decides the partition.
 */
final class OrderExceptionFrames {

    static final String MAIL = "mail:";

    static final List<String> ENGLISH = List.of(
            "{text}",
            "Order {po} from {company}: {text}",
            "CSR note - {text}",
            "Validation: {text} (PO {po}, line {n})",
            "{company} / {po} / {text}",
            MAIL + "please check order {po}: {text}.",
            "exception on PO {po}: {text}",
            "{text} - order received {date}",
            "Intake remark: {text}",
            "Order hold reason: {text}",
            "Order exception: {text}",
            "PO {po} ({company}) on hold - {text}",
            MAIL + "order {po} cannot be processed: {text}.",
            "Blocked order {po}: {text}",
            "Review needed for order {po} from {company}: {text}",
            "[{date}] {name}: {text}",
            MAIL + "quick one on the order from {company} ({po}) - {text}. Can you take a look?",
            "Sales order {n}{qty} / cust PO {po}: {text}",
            "EDI 850 {po} rejected: {text}",
            MAIL + "I put order {po} on hold because {text}. Please advise.",
            "Workflow task for {name}: {text}",
            "{text} (entered by {name})",
            MAIL + "FYI {text} on PO {po}, {company}.",
            "Order {po} status HOLD, comment: {text}",
            "ticket {n}{qty} | order {po} | {text}");
    static final List<String> GERMAN = List.of(
            "{text}",
            "Auftrag {po} von {company}: {text}",
            "Hinweis Innendienst: {text}",
            "Prüfung Bestellung {po}: {text}",
            "Bitte klären, Bestellung {po} - {text}",
            "Auftragssperre {po}: {text}",
            MAIL + "Bestellung {po} kann nicht bearbeitet werden: {text}.",
            "Klärungsfall Auftrag {po} ({company}): {text}",
            "Bestellung {po} angehalten - {text}",
            "Prüfhinweis zu Bestellung {po}: {text}",
            MAIL + "zur Bestellung {po} von {company}: {text}. Bitte prüfen.",
            "Kundenauftrag {n}{qty}, Best.-Nr. {po}: {text}",
            "Vermerk {name}: {text}",
            "Auftrag {po} gesperrt, Kommentar: {text}",
            MAIL + "ich habe Auftrag {po} angehalten, da {text}.");
    static final List<String> FRENCH = List.of(
            "{text}",
            "Commande {po} de {company} : {text}",
            "Note ADV : {text}",
            "Contrôle commande {po} : {text}",
            "Commande {po} bloquée - {text}",
            MAIL + "la commande {po} ne peut pas être traitée : {text}.",
            "Anomalie commande {po} ({company}) : {text}",
            "Commande {po} en attente, commentaire : {text}",
            "Remarque de {name} : {text}",
            MAIL + "pouvez-vous vérifier la commande {po} ? {text}.");

    private OrderExceptionFrames() {
    }

    static List<String> of(String language) {
        return switch (language) {
            case "de" -> GERMAN;
            case "fr" -> FRENCH;
            default -> ENGLISH;
        };
    }
}
