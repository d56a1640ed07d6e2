package io.clearline.extraction.fields;

import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import io.clearline.extraction.layout.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A line-item table's header row: which column each header cell names and where it sits. Cells
 * are placed in the column whose region (bounded halfway between neighbouring headers) holds most
 * of them, so right-aligned numbers wider than their header still land right.
 */
record TableHeader(Line line, List<String> columns, List<double[]> spans, int rows) {

    /**
     * The header starting at {@code lines.get(at)}: one line, or two or three stacked label lines
     * ("Item" over "No.", "Qty" over "Delivered") read as one, whichever names more columns.
     * {@link #rows()} says how many lines it took.
     */
    static Optional<TableHeader> at(List<Line> lines, int at, Schema schema) {
        Optional<TableHeader> best = of(lines.get(at), schema);
        List<Line> stack = new ArrayList<>(List.of(lines.get(at)));
        for (int next = at + 1; next < lines.size() && stack.size() < 3 && StackedHeader.continues(stack,
                lines.get(next)); next++) {
            stack.add(lines.get(next));
            int rows = stack.size();
            Optional<TableHeader> stacked = of(StackedHeader.join(stack), schema)
                    .map(h -> new TableHeader(h.line(), h.columns(), h.spans(), rows));
            boolean more = stacked.isPresent()
                    && (best.isEmpty() || stacked.get().columns().size() > best.get().columns().size());
            if (more) {
                best = stacked;
            }
        }
        return best;
    }

    static Optional<TableHeader> of(Line line, Schema schema) {
        Map<String, double[]> found = new LinkedHashMap<>();
        for (Phrase phrase : line.phrases()) {
            if (!place(found, schema, phrase.text(), phrase.x0(), phrase.x1())) {
                segment(found, schema, phrase.words());
            }
        }
        int needed = Math.min(3, schema.columns().size());
        if (found.size() < needed) {
            return Optional.empty();
        }
        List<Map.Entry<String, double[]>> sorted = new ArrayList<>(found.entrySet());
        sorted.sort(Comparator.comparingDouble(e -> e.getValue()[0]));
        return Optional.of(new TableHeader(line, sorted.stream().map(Map.Entry::getKey).toList(),
                sorted.stream().map(Map.Entry::getValue).toList(), 1));
    }

    /** Headers printed close together read as one phrase: split it greedily into known header names. */
    private static void segment(Map<String, double[]> found, Schema schema, List<Word> words) {
        int k = 0;
        while (k < words.size()) {
            int matched = -1;
            for (int j = words.size(); j > k; j--) {
                String text = String.join(" ", words.subList(k, j).stream().map(Word::text).toList());
                if (place(found, schema, text, words.get(k).box().x0(), words.get(j - 1).box().x1())) {
                    matched = j;
                    break;
                }
            }
            k = matched > 0 ? matched : k + 1;
        }
    }

    private static boolean place(Map<String, double[]> found, Schema schema, String text, double x0, double x1) {
        for (String column : schema.columns().keySet()) {
            if (!found.containsKey(column) && Labels.matches(Labels.COLUMNS.get(column), text)) {
                found.put(column, new double[] {x0, x1});
                return true;
            }
        }
        return false;
    }

    /**
     * The column a cell spanning x0..x1 belongs to: the one header it lies under, else the region
     * (halfway between neighbouring headers) holding most of it; -1 left or right of the table.
     */
    int column(double x0, double x1) {
        List<Integer> under = under(x0, x1);
        if (under.size() == 1) {
            return under.get(0);
        }
        int bestColumn = -1;
        double best = 0;
        for (int c = 0; c < spans.size(); c++) {
            double from = c == 0 ? spans.get(0)[0] - 40 : (spans.get(c - 1)[1] + spans.get(c)[0]) / 2;
            double to = c == spans.size() - 1 ? spans.get(c)[1] + 60 : (spans.get(c)[1] + spans.get(c + 1)[0]) / 2;
            double overlap = Math.min(x1, to) - Math.max(x0, from);
            if (overlap > best || overlap == best && x0 == x1 && x0 >= from && x0 <= to) {
                best = overlap;
                bestColumn = c;
            }
        }
        return bestColumn;
    }

    /** Whether a phrase lies under two headers at once and should be placed word by word. */
    boolean straddles(Phrase phrase) {
        return under(phrase.x0(), phrase.x1()).size() > 1;
    }

    private List<Integer> under(double x0, double x1) {
        List<Integer> under = new ArrayList<>();
        for (int c = 0; c < spans.size(); c++) {
            if (Math.min(x1, spans.get(c)[1]) - Math.max(x0, spans.get(c)[0]) > 0) {
                under.add(c);
            }
        }
        return under;
    }
}
