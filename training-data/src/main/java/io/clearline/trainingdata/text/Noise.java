package io.clearline.trainingdata.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The noise real remittance memos and e-mails carry: abbreviations, typos, shouting or lower case,
 * OCR confusions. Applied with a seeded {@link Random}, so a data set is reproducible.
 */
final class Noise {

    // Ordered: Map.of iterates in a per-JVM random order, which would break seeded reproducibility.
    private static final List<Map.Entry<String, String>> ABBREVIATIONS = List.of(
            Map.entry("invoice", "inv"), Map.entry("Invoice", "Inv"), Map.entry("quantity", "qty"),
            Map.entry("damaged", "dmgd"), Map.entry("deduction", "ded"), Map.entry("amount", "amt"),
            Map.entry("received", "rcvd"), Map.entry("promotion", "promo"), Map.entry("allowance", "allow."),
            Map.entry("discount", "disc"), Map.entry("freight", "frt"), Map.entry("shipment", "shpt"),
            Map.entry("number", "no."), Map.entry("customer", "cust"), Map.entry("please", "pls"),
            Map.entry("Rechnung", "Rg."), Map.entry("Rechnungsnummer", "Rg.-Nr."), Map.entry("Betrag", "Btrg."),
            Map.entry("Menge", "Mng."), Map.entry("Lieferung", "Lief."), Map.entry("Artikel", "Art."),
            Map.entry("Bestellung", "Best."), Map.entry("purchase order", "PO"), Map.entry("credit", "cr"));

    /** Pairs OCR engines confuse on receipts and faxes; each direction is used. */
    private static final String[][] OCR = {{"o", "0"}, {"l", "1"}, {"i", "l"}, {"rn", "m"}, {"S", "5"},
        {"e", "c"}, {"B", "8"}, {"ü", "u"}, {"ß", "B"}, {"a", "o"}};

    /**
     * More shorthand seen in memo fields and AP notes (English, German, French). Only the reason and order
     * generators use it ({@code wide}); other generators keep the original list, so their data sets stay as
     * they were.
     */
    private static final List<Map.Entry<String, String>> WIDE_ABBREVIATIONS = List.of(
            Map.entry("returned", "ret'd"), Map.entry("return", "rtn"), Map.entry("shortage", "shtg"),
            Map.entry("short", "shrt"), Map.entry("pricing", "prc"), Map.entry("price", "prc"),
            Map.entry("payment", "pmt"), Map.entry("without", "w/o"), Map.entry("with", "w/"),
            Map.entry("delivery", "dlvy"), Map.entry("damage", "dmg"), Map.entry("duplicate", "dup"),
            Map.entry("approval", "appr"), Map.entry("authoriz", "auth"), Map.entry("authoris", "auth"),
            Map.entry("advertising", "adv"), Map.entry("received", "recd"), Map.entry("merchandise", "merch"),
            Map.entry("order", "ord"), Map.entry("customer", "cstmr"), Map.entry("reference", "ref"),
            Map.entry("Gutschrift", "GS"), Map.entry("abzüglich", "abzgl."), Map.entry("wegen", "wg."),
            Map.entry("Lieferschein", "LS"), Map.entry("Auftrag", "Auftr."), Map.entry("Position", "Pos."),
            Map.entry("facture", "fact."), Map.entry("livraison", "livr."), Map.entry("commande", "cde"),
            Map.entry("marchandise", "march."), Map.entry("quantité", "qté"), Map.entry("montant", "mt"));

    private final Random random;
    private final boolean wide;

    Noise(Random random) {
        this(random, false);
    }

    Noise(Random random, boolean wide) {
        this.random = random;
        this.wide = wide;
    }

    String apply(String text) {
        String out = text;
        if (random.nextDouble() < 0.45) {
            out = abbreviate(out, ABBREVIATIONS);
            if (wide) {
                out = abbreviate(out, WIDE_ABBREVIATIONS);
            }
        }
        if (random.nextDouble() < 0.35) {
            out = typos(out, 0.05);
        }
        if (random.nextDouble() < 0.2) {
            out = ocr(out, 0.03);
        }
        double c = random.nextDouble();
        if (c < 0.15) {
            out = out.toUpperCase(Locale.ROOT);
        } else if (c < 0.35) {
            out = out.toLowerCase(Locale.ROOT);
        }
        if (random.nextDouble() < 0.2) {
            out = out.replace("\n", " ").replaceAll(" {2,}", " ");
        }
        if (wide && random.nextDouble() < 0.1) {
            out = out.replaceAll("[.,:;]", ""); // systems that strip punctuation from memo fields
        }
        return out;
    }

    private String abbreviate(String text, List<Map.Entry<String, String>> abbreviations) {
        String out = text;
        for (Map.Entry<String, String> e : abbreviations) {
            if (out.contains(e.getKey()) && random.nextDouble() < 0.6) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private String typos(String text, double perWord) {
        String[] words = text.split(" ", -1);
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.length() > 3 && random.nextDouble() < perWord) {
                int i = 1 + random.nextInt(word.length() - 2);
                word = switch (random.nextInt(3)) {
                    case 0 -> word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
                    case 1 -> word.substring(0, i) + word.substring(i + 1);
                    default -> word.substring(0, i) + word.charAt(i) + word.substring(i);
                };
            }
            out.append(w == 0 ? "" : " ").append(word);
        }
        return out.toString();
    }

    private String ocr(String text, double perChar) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            boolean replaced = false;
            if (random.nextDouble() < perChar) {
                for (String[] pair : OCR) {
                    int from = random.nextBoolean() ? 0 : 1;
                    if (text.startsWith(pair[from], i)) {
                        out.append(pair[1 - from]);
                        i += pair[from].length();
                        replaced = true;
                        break;
                    }
                }
            }
            if (!replaced) {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }
}
