package io.clearline.trainingdata.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * First-page texts of purchase orders, remittance advices, proofs of delivery, invoices and other
 * documents (statements, price lists, quotes, credit notes, reminders, newsletters).
 */
public final class DocumentSnippetGenerator {

    private static final List<String> ROWS = List.of("{n} {item} {qty} {amt}", "{inv} {date} {amt}",
            "{item} {qty} pcs {amt}", "{qty} x {item}", "{inv} {amt} {amt}");

    private DocumentSnippetGenerator() {
    }

    public static List<String> labels() {
        return List.copyOf(DocumentSnippetTemplates.ENGLISH.keySet());
    }

    public static List<LabelledText> generate(long seed, int count, Partition partition) {
        Random random = new Random(seed ^ 0xD0C0_0000L ^ partition.ordinal());
        Noise noise = new Noise(random);
        List<String> labels = labels();
        List<LabelledText> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String label = labels.get(i % labels.size());
            double l = random.nextDouble();
            String language = l < 0.4 ? "en" : l < 0.7 ? "de" : l < 0.85 ? "fr" : "nl";
            boolean german = !language.equals("en"); // decimal comma and day-first dates
            List<DocumentSnippetTemplates.Kind> kinds = (switch (language) {
                case "de" -> DocumentSnippetTemplates.GERMAN;
                case "fr" -> DocumentSnippetTemplates.FRENCH;
                case "nl" -> DocumentSnippetTemplates.DUTCH;
                default -> DocumentSnippetTemplates.ENGLISH;
            }).get(label);
            DocumentSnippetTemplates.Kind kind = kinds.get(random.nextInt(kinds.size()));
            int layout = Templates.pick(random, DocumentSnippetTemplates.LAYOUTS.size(), partition);
            String row = ROWS.get(random.nextInt(ROWS.size()));
            StringBuilder rows = new StringBuilder();
            for (int r = 1 + random.nextInt(6); r > 0; r--) {
                rows.append(Templates.fill(row, random, german)).append('\n');
            }
            String page = DocumentSnippetTemplates.LAYOUTS.get(layout)
                    .replace("{title}", any(random, kind.titles()))
                    .replace("{f1}", any(random, kind.fields()))
                    .replace("{f2}", any(random, kind.fields()))
                    .replace("{f3}", any(random, kind.fields()))
                    .replace("{closing}", any(random, kind.closings()))
                    .replace("{b1}", any(random, DocumentSnippetTemplates.BOILERPLATE))
                    .replace("{b2}", any(random, DocumentSnippetTemplates.BOILERPLATE))
                    .replace("{rows}", rows.toString().strip());
            out.add(new LabelledText(noise.apply(Templates.fill(page, random, german)), label, "layout-" + layout,
                    language, partition, Map.of()));
        }
        return out;
    }

    private static String any(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
