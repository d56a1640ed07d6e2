package io.clearline.extraction.bank.mt940;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the payer from a :86: information field where banks structure it: German GVC subfields
 * ({@code ?32}/{@code ?33} name, {@code ?31} account, {@code ?20–29} purpose) and Dutch/SEPA slash
 * codes ({@code /NAME/…/}, {@code /IBAN/…/}, {@code /REMI/…/}). Otherwise the text is kept as is.
 */
record Details86(Optional<String> payerName, Optional<String> payerAccount, String text) {

    private static final Pattern GVC = Pattern.compile("\\?(\\d\\d)([^?]*)");
    /** SEPA purpose keywords (DFÜ-Abkommen): EREF+ runs until the next keyword. */
    private static final Pattern SEPA_EREF = Pattern.compile(
            "EREF\\+(.*?)(?=(?:KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|COAM|OAMT|SQTP|PURP)\\+|$)");
    private static final Pattern SLASH_EREF = Pattern.compile("/EREF/([^/]*)");

    /** The payer's end-to-end id: SEPA {@code EREF+...} in the purpose, or the Dutch {@code /EREF/.../} code. */
    static Optional<String> endToEndId(String raw) {
        String flat = raw.replace("\r", "").replace("\n", "").replaceAll("\\?\\d\\d", "");
        Matcher sepa = SEPA_EREF.matcher(flat);
        if (sepa.find()) {
            return opt(sepa.group(1));
        }
        Matcher slash = SLASH_EREF.matcher(raw.replace("\r", "").replace("\n", ""));
        return slash.find() ? opt(slash.group(1)) : Optional.empty();
    }

    static Details86 parse(String raw) {
        String flat = raw.replace("\r", "").replace("\n", "");
        if (flat.matches("^\\d{3}\\?.*")) {
            StringBuilder name = new StringBuilder();
            StringBuilder purpose = new StringBuilder();
            String account = "";
            Matcher m = GVC.matcher(flat);
            while (m.find()) {
                int code = Integer.parseInt(m.group(1));
                String v = m.group(2).strip();
                if (code == 32 || code == 33) {
                    name.append(v);
                } else if (code == 31) {
                    account = v;
                } else if (code >= 20 && code <= 29 || code >= 60 && code <= 63) {
                    purpose.append(v);
                }
            }
            return new Details86(opt(name.toString()), opt(account), purpose.length() > 0 ? purpose.toString() : flat);
        }
        Optional<String> name = slash(flat, "NAME");
        Optional<String> iban = slash(flat, "IBAN");
        String remi = slash(flat, "REMI").orElse(raw.strip());
        return new Details86(name, iban, remi);
    }

    private static Optional<String> slash(String s, String code) {
        Matcher m = Pattern.compile("/" + code + "/([^/]*)").matcher(s);
        return m.find() ? opt(m.group(1)) : Optional.empty();
    }

    private static Optional<String> opt(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
