package io.clearline.trainingdata.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

/** Seeded names, addresses, people and articles of a distributor's world. */
final class Catalog {

    private static final List<String> US_FIRST = List.of("Acme", "Northwind", "Blue Ridge", "Summit", "Harbor",
            "Pioneer", "Lakeside", "Redwood", "Granite", "Cedar Point", "Silver Creek", "Prairie", "Atlas", "Keystone");
    private static final List<String> US_SECOND = List.of("Supply", "Hardware", "Foods", "Industrial", "Builders",
            "Trading", "Distributors", "Retail", "Electric", "Plumbing");
    private static final List<String> US_FORM = List.of("Inc.", "LLC", "Co.", "Corp.", "Ltd.");
    private static final List<String> DE_FIRST = List.of("Müller", "Schneider", "Becker", "Hoffmann", "Wagner",
            "Krüger", "Schäfer", "Weber", "Bauer", "Zimmermann");
    private static final List<String> DE_SECOND = List.of("Handel", "Bau", "Technik", "Logistik", "Elektro",
            "Haustechnik", "Großhandel");
    private static final List<String> DE_FORM = List.of("GmbH", "AG", "KG", "GmbH & Co. KG");
    private static final List<String> US_STREETS = List.of("Oak Street", "Main Street", "Industrial Pkwy",
            "Commerce Drive", "Maple Avenue", "Harbor Road", "Lincoln Blvd");
    private static final List<String> US_CITIES = List.of("Springfield, IL 62701", "Columbus, OH 43215",
            "Austin, TX 78701", "Denver, CO 80202", "Portland, OR 97205", "Raleigh, NC 27601");
    private static final List<String> DE_STREETS = List.of("Hauptstraße", "Industriestraße", "Bahnhofstraße",
            "Gewerbepark", "Lindenallee", "Am Hafen");
    private static final List<String> DE_CITIES = List.of("80331 München", "50667 Köln", "20095 Hamburg",
            "70173 Stuttgart", "04109 Leipzig", "90402 Nürnberg");
    private static final List<String> PEOPLE = List.of("John Smith", "Maria Lopez", "Thomas Weber", "Anna Schulz",
            "David Chen", "Laura Becker", "Peter Novak", "Susan Miller", "Jens Hartmann", "Emily Brown");
    private static final List<String> NOUNS = List.of("Steel Hinge", "Copper Pipe", "Safety Gloves", "LED Panel",
            "Cable Ties", "Wood Screws", "Hex Bolts", "PVC Elbow", "Duct Tape", "Circuit Breaker", "Paint Roller",
            "Ball Valve", "Drill Bit Set", "Work Boots", "Extension Cord", "Pallet Wrap", "Door Handle",
            "Kupferrohr", "Schrauben", "Dübel", "Kabelkanal", "Winkelverbinder");
    private static final List<String> SIZES = List.of("3in", "15mm", "L", "60x60", "200mm", "M8x40", "1/2in",
            "10 pcs", "50m", "16A", "XL", "2m");
    private static final List<String> UNITS_EN = List.of("EA", "CS", "BX", "PK", "KG");
    private static final List<String> UNITS_DE = List.of("Stk", "Karton", "kg", "Pal");

    private Catalog() {
    }

    static Party company(Random random, Language language) {
        if (language == Language.DE) {
            String name = pick(random, DE_FIRST) + " " + pick(random, DE_SECOND) + " " + pick(random, DE_FORM);
            return new Party(name, pick(random, DE_STREETS) + " " + (1 + random.nextInt(120)), pick(random, DE_CITIES));
        }
        String name = pick(random, US_FIRST) + " " + pick(random, US_SECOND) + " " + pick(random, US_FORM);
        return new Party(name, (100 + random.nextInt(9800)) + " " + pick(random, US_STREETS), pick(random, US_CITIES));
    }

    static String person(Random random) {
        return pick(random, PEOPLE);
    }

    static Item item(Random random, Language language) {
        String sku = (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26)) + "-"
                + (10000 + random.nextInt(89999));
        String description = pick(random, NOUNS) + " " + pick(random, SIZES);
        String unit = pick(random, language == Language.DE ? UNITS_DE : UNITS_EN);
        BigDecimal price = BigDecimal.valueOf(50 + random.nextInt(60000)).movePointLeft(2)
                .setScale(2, RoundingMode.UNNECESSARY);
        return new Item(sku, description, unit, price);
    }

    static String number(Random random, String prefix, int digits) {
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < digits; i++) {
            b.append(random.nextInt(10));
        }
        return b.toString();
    }

    static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
