package io.clearline.extraction.fields;

import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The address blocks under a recipient's label ("Bill to", "Factuuradres", "Ship to"): the phrases in
 * the label's column, line after line, until the column breaks. They name the customer, so they are
 * never the letterhead's sender.
 */
final class PartyBlocks {

    private static final List<String> RECIPIENT_FIELDS = List.of("buyer_name", "ship_to");

    private PartyBlocks() {
    }

    static Set<Phrase> underPartyLabels(LaidOutText text, int topLines) {
        Set<Phrase> under = new HashSet<>();
        List<Line> lines = text.lines();
        for (int i = 0; i < Math.min(lines.size(), topLines); i++) {
            for (Phrase label : lines.get(i).phrases()) {
                String raw = label.text().strip().replaceAll("[:]$", "");
                if (RECIPIENT_FIELDS.stream().anyMatch(f -> Labels.matches(Labels.FIELDS.get(f), raw))) {
                    collect(lines, i, label, under);
                }
            }
        }
        return under;
    }

    private static void collect(List<Line> lines, int at, Phrase label, Set<Phrase> under) {
        Phrase last = label;
        for (int k = at + 1; k < Math.min(lines.size(), at + 8); k++) {
            Line next = lines.get(k);
            if (next.page() != label.page() || next.top() - last.box().y1() > last.fontSize() * 2.2) {
                return;
            }
            Phrase aligned = null;
            for (Phrase p : next.phrases()) {
                if (Math.abs(p.x0() - label.x0()) < 4) {
                    aligned = p;
                }
            }
            if (aligned != null) {
                under.add(aligned);
                last = aligned;
            }
        }
    }
}
