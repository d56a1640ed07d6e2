package io.clearline.trainingdata.text;

import java.util.List;
import java.util.Random;

/**
 * Wraps a message body the way customers' e-mails arrive: a greeting, a closing and signature, now and
 * then a legal footer and the earlier message quoted below (a supplier's reminder, which names invoices
 * and amounts but no reason). Each part is dealt out by partition like the phrasings, and the chosen
 * parts join the text's family, so test e-mails use greetings, signatures and quotes training never saw.
 */
final class Mails {

    private static final List<String> EN_GREETINGS = List.of("Hello,", "Hi team,", "Dear AR,", "Good morning,",
            "Dear Sir or Madam,", "Hi {name},", "Hello Accounts Receivable,", "Dear Credit Department,", "Hi all,",
            "To whom it may concern,");
    private static final List<String> EN_CLOSINGS = List.of("Regards,\n{name}", "Thanks, {name}",
            "Kind regards\n{name}", "Best,\n{name}", "Thank you,\n{name}\n{company}", "Cheers\n{name}",
            "Sincerely,\n{name}\nAccounts Payable | {company}", "BR {name}",
            "Many thanks\n{name}\nAP Specialist\n{company}\nTel. +1 312 555 0{n}{n}{n}",
            "Best regards,\n{name}\n{company} | {city}");
    private static final List<String> EN_QUOTES = List.of(
            "-----Original Message-----\nFrom: Clearline AR\nSubject: Open balance\nPlease remit the open balance of {amt}.",
            "On {date}, Accounts Receivable wrote:\n> Invoice {inv} is past due. Please advise payment date.",
            "> Dear customer, our records show {amt} outstanding on invoice {inv}.",
            "From: Collections\nSent: {date}\nSubject: Statement of account\nPlease find your statement attached.",
            "> Could you let us know when invoice {inv} will be paid?",
            "________________________________\nFrom: AR Team\nSubject: RE: invoice {inv}\nFriendly reminder: {amt} is due.",
            "On {date} billing wrote:\n> Attached is invoice {inv} for your order {po}.",
            "> Reminder {n}: please settle invoice {inv} ({amt}).",
            "-----Original Message-----\nPlease confirm the remittance for invoice {inv}.",
            "> Our ledger shows a short payment on {inv}. Please explain.");
    private static final List<String> EN_FOOTERS = List.of(
            "This e-mail and any attachments are confidential. If you received it in error, please delete it.",
            "Please consider the environment before printing this e-mail.",
            "Sent from my iPhone",
            "CONFIDENTIALITY NOTICE: intended only for the addressee.",
            "{company} - registered office {city}");

    private static final List<String> DE_GREETINGS = List.of("Sehr geehrte Damen und Herren,", "Hallo,",
            "Guten Tag,", "Hallo {name},", "Liebe Kollegen,", "Sehr geehrter Herr {name},", "Moin,", "Guten Morgen,",
            "Hallo zusammen,", "Sehr geehrte Frau {name},");
    private static final List<String> DE_CLOSINGS = List.of("Mit freundlichen Grüßen\n{name}", "Gruß {name}",
            "Viele Grüße\n{name}\n{company}", "MfG {name}", "Beste Grüße\n{name}", "Freundliche Grüße\n{name}\nBuchhaltung",
            "Danke und Gruß\n{name}", "LG {name}", "Mit freundlichen Grüßen\n{name}\nKreditorenbuchhaltung | {company}",
            "Schöne Grüße\n{name}");
    private static final List<String> DE_QUOTES = List.of(
            "-----Ursprüngliche Nachricht-----\nVon: Debitorenbuchhaltung\nBetreff: Offener Posten\nBitte begleichen Sie {amt}.",
            "Am {date} schrieb Buchhaltung:\n> Rechnung {inv} ist überfällig.",
            "> Unsere Unterlagen zeigen einen offenen Betrag von {amt}.",
            "Von: Mahnwesen\nGesendet: {date}\nBetreff: Kontoauszug\nAnbei Ihr Kontoauszug.",
            "> Bitte teilen Sie uns mit, wann Rechnung {inv} bezahlt wird.");
    private static final List<String> DE_FOOTERS = List.of(
            "Diese E-Mail enthält vertrauliche Informationen.", "Von meinem iPhone gesendet",
            "{company}, Sitz {city}, Amtsgericht HRB {n}{qty}");

    private static final List<String> FR_GREETINGS = List.of("Bonjour,", "Madame, Monsieur,", "Bonjour {name},",
            "Chers collègues,", "Bonjour à tous,");
    private static final List<String> FR_GREETINGS_MORE = List.of("Bonsoir,", "Cher client,", "Messieurs,",
            "Bonjour Madame,", "Salut {name},");
    private static final List<String> FR_CLOSINGS = List.of("Cordialement,\n{name}", "Bien à vous,\n{name}",
            "Merci,\n{name}\n{company}", "Salutations distinguées\n{name}", "Bonne journée\n{name}");
    private static final List<String> FR_CLOSINGS_MORE = List.of("Sincères salutations\n{name}", "Cdlt,\n{name}",
            "Bien cordialement\n{name}\nService comptabilité",
            "Merci d'avance\n{name}", "À votre disposition,\n{name}\n{company}");
    private static final List<String> FR_QUOTES = List.of(
            "-----Message d'origine-----\nDe : Comptabilité clients\nObjet : Solde ouvert\nMerci de régler {amt}.",
            "Le {date}, la comptabilité a écrit :\n> La facture {inv} est échue.",
            "> Notre relevé indique {amt} restant dû.",
            "De : Recouvrement\nObjet : Relevé de compte\nVeuillez trouver ci-joint votre relevé.",
            "> Merci de nous indiquer la date de paiement de la facture {inv}.");
    private static final List<String> FR_QUOTES_MORE = List.of(
            "> Relance : la facture {inv} reste impayée.",
            "De : Service recouvrement\nEnvoyé : {date}\nObjet : Relance facture {inv}",
            "Le {date}, {name} a écrit :\n> Merci de régulariser le solde de {amt}.",
            "> Votre règlement ne couvre pas la totalité de la facture {inv}.",
            "-----Message transféré-----\nObjet : Échéance {date}");
    private static final List<String> FR_FOOTERS = List.of(
            "Ce message est confidentiel.", "Envoyé de mon iPhone", "{company} - siège social {city}");

    private Mails() {
    }

    /** The wrapped body (placeholders left for {@link Templates#fill}) and the family parts it used. */
    record Wrapped(String text, String family) {
    }

    static Wrapped wrap(String body, String language, Random random, Partition partition) {
        return wrap(body, language, random, partition, false);
    }

    /**
     * {@code moreFrench}: French e-mails also use the greetings, closings and quotes added in session 4 (the
     * deduction-reason texts do; the order-exception texts keep the older lists, so their sets stay as they were).
     */
    static Wrapped wrap(String body, String language, Random random, Partition partition, boolean moreFrench) {
        boolean more = moreFrench && language.equals("fr");
        List<String> greetings = switch (language) {
            case "de" -> DE_GREETINGS;
            case "fr" -> more ? join(FR_GREETINGS, FR_GREETINGS_MORE) : FR_GREETINGS;
            default -> EN_GREETINGS;
        };
        List<String> closings = switch (language) {
            case "de" -> DE_CLOSINGS;
            case "fr" -> more ? join(FR_CLOSINGS, FR_CLOSINGS_MORE) : FR_CLOSINGS;
            default -> EN_CLOSINGS;
        };
        List<String> quotes = switch (language) {
            case "de" -> DE_QUOTES;
            case "fr" -> more ? join(FR_QUOTES, FR_QUOTES_MORE) : FR_QUOTES;
            default -> EN_QUOTES;
        };
        List<String> footers = switch (language) {
            case "de" -> DE_FOOTERS;
            case "fr" -> FR_FOOTERS;
            default -> EN_FOOTERS;
        };
        int g = Templates.pick(random, greetings.size(), partition);
        int c = Templates.pick(random, closings.size(), partition);
        StringBuilder text = new StringBuilder(greetings.get(g)).append(random.nextBoolean() ? "\n\n" : "\n")
                .append(body).append("\n\n").append(closings.get(c));
        StringBuilder family = new StringBuilder("greet-" + g + "/close-" + c);
        if (random.nextDouble() < 0.25) {
            int f = random.nextInt(footers.size()); // footers are boilerplate of every partition
            text.append("\n\n").append(footers.get(f));
        }
        if (random.nextDouble() < 0.4) {
            int q = Templates.pick(random, quotes.size(), partition);
            text.append("\n\n").append(quotes.get(q));
            family.append("/quote-").append(q);
        }
        return new Wrapped(text.toString(), family.toString());
    }

    private static List<String> join(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
