package io.clearline.classification.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded texts that stress normalisation: English and German business words, accents and ß, digits
 * and amounts, Latin Extended letters, compatibility forms (ligatures, superscripts, fullwidth digits,
 * NBSP), combining marks, Greek (final sigma), Cyrillic, CJK, emoji, lone surrogates, empty and long.
 */
public final class GeneratedTexts {

    private static final String[] WORDS = {"short", "paid", "INV", "invoice", "damaged", "goods", "Freight", "price",
        "difference", "promo", "allowance", "duplicate", "billing", "Menge", "fehlt", "Ware", "beschädigt", "Straße",
        "Größe", "Übergröße", "Rückgabe", "Preisdifferenz", "facture", "remise", "déduction", "reçu", "naïve", "Ærø",
        "Łódź", "Ħal", "ǅemal", "ĳssel", "İstanbul", "ŉ", "ſtore", "ﬁnal", "½", "x²", "１２３", "ＡＢＣ", "\u00a0", "\u00ad",
        "ΣΟΦΟΣ", "σοφος", "Москва", "товар", "東京", "請求書", "😀", "🧾receipt", "\ud800", "\udc00x", "e\u0301",
        "a\u0308\u0301", "Å", "ﬀ", "Ⅻ", "٣٤", "१२", "PO#4711", "12,345.67", "(1,234.56)", "1234.56-", "CR", "DR",
        "q3", "v2.0", "A1B2C3", "--", "//", "…", "€", "$", "%", "\t", "\n", "  ", "_", "o'neil", "x-ray"};

    private GeneratedTexts() {
    }

    public static List<String> generate(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count + 4);
        out.add("");
        out.add("   ");
        out.add("freight ".repeat(400) + "damaged");
        out.add("Ümlaut ".repeat(300) + "東京");
        while (out.size() < count) {
            int words = random.nextInt(25) == 0 ? 150 + random.nextInt(250) : random.nextInt(25);
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                text.append(switch (random.nextInt(6)) {
                    case 0 -> word.toUpperCase();
                    case 1 -> String.valueOf(random.nextInt(100_000));
                    case 2 -> word + (char) (0x20 + random.nextInt(0x230)); // any char up to Latin Extended-B
                    default -> word;
                });
                text.append(random.nextInt(8) == 0 ? ", " : " ");
            }
            out.add(random.nextBoolean() ? text.toString().strip() : text.toString());
        }
        return out;
    }
}
