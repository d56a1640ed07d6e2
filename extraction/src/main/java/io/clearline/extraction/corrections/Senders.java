package io.clearline.extraction.corrections;

import io.clearline.core.document.DocumentType;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sent a document, as a key that stays the same across that sender's documents: the party that
 * issues this type of document as extracted (a PO's buyer, a remittance's payer, an invoice's seller),
 * normalised ("ACME Corp." and "Acme Corporation" are {@code name:acme}), or the e-mail address the
 * document came from.
 */
final class Senders {

    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "ltd", "limited", "corp",
            "corporation", "co", "company", "gmbh", "ag", "kg", "sa", "sarl", "sas", "bv", "nv", "plc", "llp", "lp",
            "ug", "mbh", "ohg", "srl", "spa", "oy", "ab", "as", "pty", "the");
    private static final Pattern FROM = Pattern.compile("(?im)^from:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)");
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+%-]+@[\\w.-]+\\.[A-Za-z]{2,}");

    private Senders() {
    }

    /** The field that names the issuing party of a document type, if the type has one. */
    static Optional<String> senderField(DocumentType type) {
        return switch (type) {
            case PURCHASE_ORDER -> Optional.of("buyer_name");
            case REMITTANCE_ADVICE -> Optional.of("payer_name");
            case INVOICE -> Optional.of("seller_name");
            case PROOF_OF_DELIVERY, OTHER -> Optional.empty();
        };
    }

    /** Keys to look rules up by, most specific first: the extracted name, then the e-mail address. */
    static List<String> keys(String senderName, String mailAddress) {
        List<String> keys = new ArrayList<>(2);
        name(senderName).ifPresent(keys::add);
        if (mailAddress != null && !mailAddress.isBlank()) {
            keys.add("mail:" + mailAddress.strip().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    static Optional<String> name(String senderName) {
        if (senderName == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(senderName, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        List<String> words = new ArrayList<>(List.of(s.split(" ")));
        words.removeIf(w -> w.isEmpty() || LEGAL_FORMS.contains(w));
        return words.isEmpty() ? Optional.empty() : Optional.of("name:" + String.join(" ", words));
    }

    /** The address in an e-mail's From header (the message's own header block only). */
    static Optional<String> mailFrom(byte[] message) {
        if (message == null) {
            return Optional.empty();
        }
        String head = new String(message, 0, Math.min(message.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n") >= 0 ? head.indexOf("\r\n\r\n") : head.indexOf("\n\n");
        Matcher from = FROM.matcher(end >= 0 ? head.substring(0, end) : head);
        if (!from.find()) {
            return Optional.empty();
        }
        Matcher address = ADDRESS.matcher(from.group(1));
        return address.find() ? Optional.of(address.group().toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
