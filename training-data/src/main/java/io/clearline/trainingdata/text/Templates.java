package io.clearline.trainingdata.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Picks a template of one partition and fills its placeholders with plausible values. */
final class Templates {

    private static final String[] NAMES = {"J. Miller", "Sarah Chen", "Accounts Payable", "AP Team", "K. Schmidt",
        "M. Weber", "Buchhaltung", "Kreditorenbuchhaltung", "T. Novak", "R. Patel", "L. Fischer", "D. Okafor"};
    private static final String[] ITEMS = {"WIDGET-40", "SKU 88213", "ART-1022", "Pallet wrap 500mm", "HX-220 valve",
        "Kabelbinder 200mm", "A4 paper 80g", "Item 7731-B", "Filter cartridge FC-9", "Schrauben M6x40"};
    private static final String[] COMPANIES = {"Northwind Traders", "Contoso Retail", "Müller Großhandel GmbH",
        "Acme Supply Co.", "Fabrikam Inc.", "Baumarkt Süd AG", "Globex Distribution", "Initech Ltd",
        "Lebensmittel Kraft KG", "Harbor Foods LLC"};
    private static final String[] CITIES = {"Chicago, IL 60601", "80331 München", "Leeds LS1 4AP", "20095 Hamburg",
        "Dallas, TX 75201", "50667 Köln", "Rotterdam 3011", "Columbus, OH 43215"};

    private Templates() {
    }

    /** The indices of {@code templates} that belong to {@code partition}. */
    static List<Integer> of(int size, Partition partition) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (Partition.ofTemplate(i) == partition) {
                out.add(i);
            }
        }
        return out;
    }

    static int pick(Random random, int size, Partition partition) {
        List<Integer> indices = of(size, partition);
        if (indices.isEmpty()) {
            throw new IllegalStateException("no template of partition " + partition + " among " + size);
        }
        return indices.get(random.nextInt(indices.size()));
    }

    /** Replaces {inv} {amt} {po} {qty} {item} {name} {date} {pct} {company} {city} {n}. */
    static String fill(String template, Random random, boolean german) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            out.append(value(template.substring(open + 1, close), random, german));
            i = close + 1;
        }
        return out.toString();
    }

    private static String value(String key, Random random, boolean german) {
        return switch (key) {
            case "inv" -> invoiceNumber(random);
            case "amt" -> amount(random, german);
            case "po" -> (random.nextBoolean() ? "PO" : "") + (4500000 + random.nextInt(99999));
            case "qty" -> String.valueOf(1 + random.nextInt(240));
            case "item" -> ITEMS[random.nextInt(ITEMS.length)];
            case "name" -> NAMES[random.nextInt(NAMES.length)];
            case "company" -> COMPANIES[random.nextInt(COMPANIES.length)];
            case "city" -> CITIES[random.nextInt(CITIES.length)];
            case "date" -> date(random, german);
            case "pct" -> String.valueOf(1 + random.nextInt(15));
            case "n" -> String.valueOf(1 + random.nextInt(9));
            default -> throw new IllegalArgumentException("unknown placeholder {" + key + "}");
        };
    }

    private static String invoiceNumber(Random random) {
        int n = 100000 + random.nextInt(900000);
        return switch (random.nextInt(4)) {
            case 0 -> "INV-" + n;
            case 1 -> String.valueOf(n);
            case 2 -> "9" + n;
            default -> "RE" + n;
        };
    }

    private static String amount(Random random, boolean german) {
        long cents = 500 + random.nextInt(2_500_000);
        String plain = (cents / 100) + (german ? "," : ".") + String.format("%02d", cents % 100);
        return switch (random.nextInt(4)) {
            case 0 -> (german ? "EUR " : "$") + plain;
            case 1 -> plain + (german ? " EUR" : " USD");
            case 2 -> plain;
            default -> (german ? "€" : "USD ") + plain;
        };
    }

    private static String date(Random random, boolean german) {
        int d = 1 + random.nextInt(28);
        int m = 1 + random.nextInt(12);
        return german ? String.format("%02d.%02d.2026", d, m) : String.format("%02d/%02d/2026", m, d);
    }
}
