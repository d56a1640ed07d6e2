package io.clearline.classification.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A small seeded labelled set for tests (classification must not depend on training-data): four
 * reasons, phrasings 0-3 train, 4 calibrates, 5 tests, with invoice numbers, amounts and case noise; the
 * family names the phrasing and the frame ({@code reason-p/frame-f}) as training-data's generator does.
 */
final class TinyData {

    static final Map<String, List<String>> PHRASINGS = Map.of(
            "SHORTAGE", List.of("short shipped {q} cases", "shortage on delivery", "missing cartons, short",
                    "received {q} units short", "short delivery, cartons missing", "shortage: {q} cases not received"),
            "DAMAGED", List.of("damaged goods", "product arrived broken", "damaged in transit, broken",
                    "crushed and damaged cases", "goods broken on arrival", "damaged product, broken units"),
            "PRICING", List.of("price difference", "wrong unit price billed", "pricing error on invoice",
                    "price higher than agreed", "billed above contract price", "unit price difference"),
            "FREIGHT", List.of("freight not agreed", "shipping charges deducted", "freight charge billed in error",
                    "delivery freight disputed", "freight and shipping not payable", "shipping freight deducted"));

    private TinyData() {
    }

    static DataSplits splits(long seed, int train, int calibration, int test) {
        return new DataSplits(generate(seed, train, 0, 4), generate(seed + 1, calibration, 4, 5),
                generate(seed + 2, test, 5, 6), "TinyData seed " + seed);
    }

    /** Labels cycle; phrasings come from index range [from, to). */
    static List<LabelledExample> generate(long seed, int count, int from, int to) {
        Random random = new Random(seed);
        List<String> labels = List.copyOf(new java.util.TreeSet<>(PHRASINGS.keySet()));
        List<LabelledExample> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String label = labels.get(i % labels.size());
            int p = from + random.nextInt(to - from);
            String phrase = PHRASINGS.get(label).get(p)
                    .replace("{q}", String.valueOf(1 + random.nextInt(90)));
            int frame = random.nextInt(3);
            String text = switch (frame) {
                case 0 -> phrase;
                case 1 -> "INV " + (100000 + random.nextInt(900000)) + " paid less " + random.nextInt(5000) + ".00 - " + phrase;
                default -> "Reason: " + phrase + " / ref " + random.nextInt(99999);
            };
            out.add(new LabelledExample(random.nextInt(4) == 0 ? text.toUpperCase(Locale.ROOT) : text, label, Map.of(),
                    "reason-" + p + "/frame-" + frame));
        }
        return out;
    }
}
