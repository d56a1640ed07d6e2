package io.clearline.matching.payer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Company names as banks print them, folded to comparable tokens: accents, punctuation and legal
 * suffixes go, common abbreviations are spelled out, and the tokens are sorted so word order does not
 * matter ("INTL HARBOR FOODS CO" and "Harbor Foods International, Inc." agree).
 */
public final class PayerNames {

    private static final Set<String> NOISE = Set.of(
            "INC", "INCORPORATED", "LLC", "LLP", "LP", "LTD", "LIMITED", "CORP", "CORPORATION", "CO", "COMPANY",
            "GMBH", "AG", "SA", "SAS", "SARL", "BV", "NV", "PLC", "PTY", "SRL", "SPA", "KG", "OY", "AB", "THE",
            "AND", "OF", "DBA", "PAYMENT", "PMT", "ACH", "WIRE", "FROM", "TRF", "TRANSFER", "ORIG");
    private static final Map<String, String> EXPANSIONS = Map.ofEntries(
            Map.entry("INTL", "INTERNATIONAL"), Map.entry("INT", "INTERNATIONAL"),
            Map.entry("MFG", "MANUFACTURING"), Map.entry("MFRS", "MANUFACTURERS"),
            Map.entry("DIST", "DISTRIBUTION"), Map.entry("DISTR", "DISTRIBUTION"), Map.entry("DISTRIB", "DISTRIBUTION"),
            Map.entry("DISTRIBUTORS", "DISTRIBUTION"), Map.entry("DISTRIBUTOR", "DISTRIBUTION"),
            Map.entry("SVC", "SERVICES"), Map.entry("SVCS", "SERVICES"), Map.entry("SERVICE", "SERVICES"),
            Map.entry("BROS", "BROTHERS"), Map.entry("ASSOC", "ASSOCIATES"), Map.entry("ASSN", "ASSOCIATION"),
            Map.entry("IND", "INDUSTRIES"), Map.entry("INDS", "INDUSTRIES"), Map.entry("INDUSTRY", "INDUSTRIES"),
            Map.entry("TECH", "TECHNOLOGIES"), Map.entry("TECHNOLOGY", "TECHNOLOGIES"),
            Map.entry("GRP", "GROUP"), Map.entry("HLDGS", "HOLDINGS"), Map.entry("NATL", "NATIONAL"),
            Map.entry("AMER", "AMERICAN"), Map.entry("SUPPLIES", "SUPPLY"), Map.entry("SUP", "SUPPLY"),
            Map.entry("PROD", "PRODUCTS"), Map.entry("PRODS", "PRODUCTS"), Map.entry("WHSE", "WAREHOUSE"),
            Map.entry("ST", "SAINT"), Map.entry("MT", "MOUNT"), Map.entry("SONS", "SON"),
            Map.entry("ENTERPRISE", "ENTERPRISES"), Map.entry("ENT", "ENTERPRISES"), Map.entry("MKT", "MARKET"),
            Map.entry("MKTS", "MARKETS"), Map.entry("MATLS", "MATERIALS"), Map.entry("MATL", "MATERIALS"),
            Map.entry("INDL", "INDUSTRIAL"), Map.entry("WHSL", "WHOLESALE"), Map.entry("MTN", "MOUNTAIN"), Map.entry("FOOD", "FOODS"), Map.entry("LOGISTIC", "LOGISTICS"));

    private PayerNames() {
    }

    /** Sorted, de-duplicated tokens of a name. */
    public static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replace("&", " AND ").replace("'", "");
        String[] parts = s.split("[^A-Z0-9]+");
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            if (p.isEmpty() || NOISE.contains(p)) {
                continue;
            }
            String t = EXPANSIONS.getOrDefault(p, p);
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        out.sort(null);
        return out;
    }

    /** Whether two tokens agree: equal, or one is a clear abbreviation/truncation of the other. */
    static double tokenAgreement(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        String shortT = a.length() <= b.length() ? a : b;
        String longT = a.length() <= b.length() ? b : a;
        if (shortT.length() >= 3 && longT.startsWith(shortT)) {
            return 0.8;
        }
        if (shortT.length() >= 5 && oneEdit(shortT, longT)) {
            return 0.8;
        }
        return 0.0;
    }

    /** One typo apart: a wrong, missing or extra letter, or two neighbours swapped. */
    static boolean oneEdit(String a, String b) {
        if (a.length() == b.length()) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (++diffs > 2) {
                        return false;
                    }
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            return diffs <= 1 || first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first);
        }
        String s = a.length() < b.length() ? a : b;
        String l = a.length() < b.length() ? b : a;
        if (l.length() - s.length() != 1) {
            return false;
        }
        int i = 0;
        while (i < s.length() && s.charAt(i) == l.charAt(i)) {
            i++;
        }
        return s.substring(i).equals(l.substring(i + 1));
    }
}
