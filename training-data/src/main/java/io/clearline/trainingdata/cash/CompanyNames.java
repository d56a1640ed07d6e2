package io.clearline.trainingdata.cash;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Customer legal names of a distributor's ledger, and the ways banks and payers print them: upper case,
 * punctuation lost, cut at a field length, abbreviated, suffix changed or dropped, words reordered,
 * a typo, a processor prefix.
 */
final class CompanyNames {

    private static final String[] SURNAMES = {"Miller", "Johnson", "Garcia", "Patel", "Nguyen", "O'Brien", "Schmidt",
        "Rossi", "Kowalski", "Andersen", "Murphy", "Okafor", "Tanaka", "Dubois", "Hernandez", "Fischer", "Larsen",
        "Campbell", "Whitfield", "Brennan", "Castillo", "Delgado", "Eriksen", "Fitzgerald", "Goldberg", "Hoffman",
        "Iverson", "Jensen", "Keller", "Lombardi", "McAllister", "Novak", "Olsen", "Petrov", "Quinn", "Ramirez",
        "Sullivan", "Thornton", "Underwood", "Vasquez", "Walsh", "Yamamoto", "Zimmerman", "Baker", "Carver"};
    private static final String[] PLACES = {"Harbor", "Valley", "Summit", "Prairie", "Coastal", "Northern", "Southern",
        "Great Lakes", "Pacific", "Atlantic", "Midwest", "Blue Ridge", "Red River", "Silver Creek", "Oak Hill",
        "Pine Grove", "Lakeside", "Riverside", "Mountain View", "Bayview", "Cedar", "Granite", "Iron Bridge",
        "Golden Gate", "Evergreen", "Sunrise", "Twin Rivers", "High Plains", "Maple Leaf", "Crescent", "Eagle",
        "Falcon", "Heritage", "Liberty", "Pioneer", "Keystone", "Lone Star", "Bay State", "Empire", "Capitol"};
    private static final String[] TRADES = {"Foods", "Supply", "Distribution", "Hardware", "Electrical Supply",
        "Plumbing Supply", "Industrial Products", "Building Materials", "Restaurant Supply", "Medical Supply",
        "Auto Parts", "Office Products", "Packaging", "Beverage", "Grocers", "Farm Supply", "Pharmacy", "Marine Supply",
        "Janitorial Supply", "Tools", "Lumber", "Paper", "Chemicals", "Fasteners", "Appliances", "Market",
        "Manufacturing", "Technologies", "Services", "Wholesale", "Trading", "International Trading", "Brothers"};
    private static final String[] SUFFIXES = {"Inc.", "LLC", "Ltd.", "Corp.", "Co.", "Company", "Incorporated",
        "Corporation", "L.L.C.", "Inc", "GmbH", "", "", ""};
    private static final String[] BRANCHES = {"West", "East", "North", "Texas", "Canada", "Holdings", "of Ohio"};
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("INTERNATIONAL", "INTL"), Map.entry("DISTRIBUTION", "DIST"), Map.entry("MANUFACTURING", "MFG"),
            Map.entry("BROTHERS", "BROS"), Map.entry("SERVICES", "SVCS"), Map.entry("COMPANY", "CO"),
            Map.entry("INDUSTRIAL", "INDL"), Map.entry("CORPORATION", "CORP"), Map.entry("INCORPORATED", "INC"),
            Map.entry("TECHNOLOGIES", "TECH"), Map.entry("PRODUCTS", "PROD"), Map.entry("SUPPLY", "SUP"),
            Map.entry("MOUNTAIN", "MTN"), Map.entry("MATERIALS", "MATLS"), Map.entry("WHOLESALE", "WHSL"));
    private static final String[] PREFIXES = {"ACH ", "PMT FROM ", "WIRE ", "", "", "", "", ""};

    private CompanyNames() {
    }

    static String legalName(Random r) {
        String core = switch (r.nextInt(5)) {
            case 0 -> pick(r, SURNAMES) + " " + pick(r, TRADES);
            case 1 -> pick(r, PLACES) + " " + pick(r, TRADES);
            case 2 -> pick(r, SURNAMES) + " & " + pick(r, SURNAMES) + " " + pick(r, TRADES);
            case 3 -> pick(r, PLACES) + " " + pick(r, SURNAMES) + " " + pick(r, TRADES);
            default -> pick(r, SURNAMES) + " & Sons " + pick(r, TRADES);
        };
        String suffix = pick(r, SUFFIXES);
        return suffix.isEmpty() ? core : core + (suffix.startsWith("Inc") && r.nextBoolean() ? ", " : " ") + suffix;
    }

    /** A sister company: same root, a branch word, another suffix (realistic near-duplicates). */
    static String branchOf(String legalName, Random r) {
        String root = legalName.replaceAll(",? (Inc\\.?|LLC|Ltd\\.|Corp\\.|Co\\.|Company|Incorporated|Corporation|L\\.L\\.C\\.|GmbH)$", "");
        return root + " " + pick(r, BRANCHES) + " " + pick(r, new String[] {"LLC", "Inc.", "Ltd."});
    }

    /** How a payer's bank prints the name; {@code heavy} adds the rarer distortions. */
    static String asPrinted(String legalName, Random r, boolean heavy) {
        String s = legalName.toUpperCase(Locale.ROOT);
        if (r.nextDouble() < 0.6) {
            s = s.replace(".", "").replace(",", "").replace("'", "");
        }
        List<String> words = new ArrayList<>(List.of(s.split("\\s+")));
        if (r.nextDouble() < (heavy ? 0.6 : 0.3)) {
            words.replaceAll(w -> ABBREVIATIONS.getOrDefault(w.replaceAll("[^A-Z]", ""), w));
        }
        if (r.nextDouble() < (heavy ? 0.5 : 0.2) && words.size() > 2) {
            String last = words.get(words.size() - 1).replaceAll("[^A-Z]", "");
            if (List.of("INC", "LLC", "LTD", "CORP", "CO", "COMPANY", "INCORPORATED", "CORPORATION", "GMBH").contains(last)) {
                words.remove(words.size() - 1);
                if (r.nextBoolean()) {
                    words.add(pick(r, new String[] {"INC", "LLC", "CORP", "CO"}));
                }
            }
        }
        if (heavy && r.nextDouble() < 0.2 && words.size() > 2) {
            words.add(words.remove(0));
        }
        if (heavy && r.nextDouble() < 0.3) {
            int w = r.nextInt(words.size());
            words.set(w, typo(words.get(w), r));
        }
        if (heavy && r.nextDouble() < 0.15) {
            words.add(0, "THE");
        }
        s = String.join(" ", words);
        if (r.nextDouble() < (heavy ? 0.5 : 0.25)) {
            int cut = 16 + r.nextInt(10);
            s = s.length() > cut ? s.substring(0, cut).strip() : s;
        }
        return pick(r, PREFIXES) + s;
    }

    private static String typo(String w, Random r) {
        if (w.length() < 5) {
            return w;
        }
        char[] c = w.toCharArray();
        int i = 1 + r.nextInt(c.length - 2);
        switch (r.nextInt(3)) {
            case 0 -> {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
            }
            case 1 -> c[i] = (char) ('A' + r.nextInt(26));
            default -> {
                return w.substring(0, i) + w.substring(i + 1);
            }
        }
        return new String(c);
    }

    /** Someone the ledger does not know. */
    static String stranger(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> pick(r, new String[] {"JOHN", "MARIA", "DAVID", "LINDA", "WEI", "FATIMA"}) + " "
                    + pick(r, SURNAMES).toUpperCase(Locale.ROOT);
            case 1 -> pick(r, PLACES).toUpperCase(Locale.ROOT) + " " + pick(r, new String[] {"DENTAL", "CHURCH", "SCHOOL DIST",
                "REALTY", "INSURANCE AGENCY", "CREDIT UNION"});
            default -> "IRS TREAS 310 TAX REF";
        };
    }

    static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
