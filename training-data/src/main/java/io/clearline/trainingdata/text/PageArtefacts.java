package io.clearline.trainingdata.text;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text extraction disturbs a page: a value read before its label ("15-10-2015Order Date:"),
 * columns read into one line or one cell split over lines, a letter-spaced heading.
 */
final class PageArtefacts {

    private static final Pattern LABELLED = Pattern.compile("^([^:\\n]{3,30}):\\s*(\\S[^\\n]*)$");

    private PageArtefacts() {
    }

    static String apply(String page, Random random) {
        String[] lines = page.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int roll = random.nextInt(12);
            Matcher labelled = LABELLED.matcher(line);
            if (roll == 0 && labelled.matches()) {
                line = " " + labelled.group(2) + (random.nextBoolean() ? "" : " ") + labelled.group(1) + ":";
            } else if (roll == 1 && i + 1 < lines.length) {
                line = line + "  " + lines[++i];
            } else if (roll == 2 && line.contains("  ")) {
                line = line.replaceFirst(" {2}", "\n");
            } else if (roll == 3 && i < 3 && line.length() < 20 && !line.isBlank()) {
                line = String.join(" ", line.split(""));
            }
            out.append(line).append('\n');
        }
        return out.toString().strip();
    }
}
