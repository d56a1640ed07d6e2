package io.clearline.extraction.fields;

import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads line items from tables found by their header row (column alignment, header synonyms),
 * page by page, so a table continued over several pages comes back as one list of lines.
 */
final class LineItems {

    private static final double CONFIDENCE = 0.9;

    private final LaidOutText text;
    private final Schema schema;
    private final DocumentLocale locale;
    final Set<Integer> used = new HashSet<>();
    final List<Map<String, ExtractedField<Object>>> rows = new ArrayList<>();

    LineItems(LaidOutText text, Schema schema, DocumentLocale locale) {
        this.text = text;
        this.schema = schema;
        this.locale = locale;
    }

    LineItems read() {
        if (schema.columns().isEmpty()) {
            return this;
        }
        List<Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            Optional<TableHeader> header = TableHeader.at(lines, i, schema);
            if (header.isPresent() && header.get().columns().contains(schema.keyColumn())) {
                for (int h = i; h < i + header.get().rows(); h++) {
                    used.add(lines.get(h).index());
                }
                i = body(header.get(), i + header.get().rows());
            }
        }
        return this;
    }

    /** Reads rows under a header until the table ends; returns the index of the last line read. */
    private int body(TableHeader header, int from) {
        List<Line> lines = text.lines();
        Map<String, List<Phrase>> previous = null;
        double lastBottom = header.line().bottom();
        int i = from;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.page() != header.line().page() || line.top() - lastBottom > line.height() * 3.2
                    || isTotal(line)) {
                break;
            }
            Map<String, List<Phrase>> cells = cells(header, line);
            if (cells.isEmpty()) {
                break;
            }
            if (previous != null && continuation(cells)) {
                for (var cell : cells.entrySet()) {
                    previous.computeIfAbsent(cell.getKey(), k -> new ArrayList<>()).addAll(cell.getValue());
                }
            } else {
                Optional<Map<String, ExtractedField<Object>>> row = row(cells);
                if (row.isEmpty()) {
                    break;
                }
                if (previous != null) {
                    rows.set(rows.size() - 1, row(previous).orElseThrow());
                }
                rows.add(row.get());
                previous = cells;
            }
            used.add(line.index());
            lastBottom = line.bottom();
        }
        if (previous != null && !rows.isEmpty()) {
            rows.set(rows.size() - 1, row(previous).orElseThrow());
        }
        return i - 1;
    }

    private Map<String, List<Phrase>> cells(TableHeader header, Line line) {
        Map<String, List<Phrase>> cells = new LinkedHashMap<>();
        for (Phrase phrase : line.phrases()) {
            List<Phrase> parts = header.straddles(phrase)
                    ? phrase.words().stream().map(w -> new Phrase(List.of(w))).toList() : List.of(phrase);
            for (Phrase part : parts) {
                int c = header.column(part.x0(), part.x1());
                if (c >= 0) {
                    cells.computeIfAbsent(header.columns().get(c), k -> new ArrayList<>()).add(part);
                }
            }
        }
        return cells;
    }

    /** A line holding only text columns continues the row above (a wrapped description). */
    private boolean continuation(Map<String, List<Phrase>> cells) {
        return cells.keySet().stream().allMatch(c -> schema.columns().get(c) == Kind.TEXT)
                && !cells.containsKey(schema.keyColumn());
    }

    private Optional<Map<String, ExtractedField<Object>>> row(Map<String, List<Phrase>> cells) {
        Map<String, ExtractedField<Object>> row = new LinkedHashMap<>();
        for (var cell : cells.entrySet()) {
            Kind kind = schema.columns().get(cell.getKey());
            String joined = String.join(" ", cell.getValue().stream().map(Phrase::text).toList());
            Values.read(kind, joined, locale).ifPresent(v -> row.put(cell.getKey(),
                    Located.field(cell.getKey(), v, CONFIDENCE, cell.getValue(), text)));
        }
        if (!row.containsKey(schema.keyColumn())) {
            return Optional.empty();
        }
        splitQuantityFromUnit(cells, row);
        int page = row.get(schema.keyColumn()).provenance().page();
        for (var column : schema.columns().entrySet()) {
            // an empty or dashed discount/deduction cell means nothing was taken off
            if (column.getValue() == Kind.AMOUNT && !row.containsKey(column.getKey())
                    && (column.getKey().startsWith("discount") || column.getKey().startsWith("deduction"))) {
                row.put(column.getKey(), Located.implied(column.getKey(), new BigDecimal("0.00"), 0.8, page));
            }
        }
        row.keySet().removeIf(c -> !schema.reported(c));
        return Optional.of(row);
    }

    /**
     * "42 BX" read as one phrase under the unit header while the quantity cell is empty: on scans
     * the gap between neighbouring cells can shrink to a word space, so the number is the quantity.
     */
    private void splitQuantityFromUnit(Map<String, List<Phrase>> cells, Map<String, ExtractedField<Object>> row) {
        ExtractedField<Object> unit = row.get("unit");
        if (unit == null || row.containsKey("quantity") || !schema.columns().containsKey("quantity")) {
            return;
        }
        java.util.regex.Matcher m = QUANTITY_AND_UNIT.matcher(String.valueOf(unit.value()));
        if (!m.matches()) {
            return;
        }
        List<Phrase> source = cells.get("unit");
        Values.quantity(m.group(1), locale.decimals()).ifPresent(q -> {
            row.put("quantity", Located.field("quantity", q, CONFIDENCE * 0.8, source, text));
            row.put("unit", Located.field("unit", m.group(2), CONFIDENCE * 0.8, source, text));
        });
    }

    private static final java.util.regex.Pattern QUANTITY_AND_UNIT =
            java.util.regex.Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s+(\\p{L}{1,6}\\.?)");

    private boolean isTotal(Line line) {
        for (Phrase p : line.phrases()) {
            String n = Labels.normalise(p.text());
            for (String field : List.of("total_amount", "net_amount", "tax_amount", "payment_amount")) {
                if (Labels.matches(Labels.FIELDS.get(field), p.text()) && !n.equals("net") && !n.equals("amount")) {
                    return true;
                }
            }
            if (n.startsWith("total") || n.startsWith("summe") || n.startsWith("gesamt")) {
                return true;
            }
        }
        return false;
    }

}
