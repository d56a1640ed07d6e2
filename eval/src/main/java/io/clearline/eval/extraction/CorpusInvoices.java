package io.clearline.eval.extraction;

import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real invoices and orders of corpus/invoices-po with expected outputs: number, dates, seller,
 * buyer and total, read from the visible text only (embedded XML is not looked at).
 */
final class CorpusInvoices {

    /** One expected value; {@code confidence} of the extracted field (null when none), its source and any note. */
    record Check(String file, String field, String expected, String got, boolean right, Double confidence,
                 String source, String note) {
    }

    final List<Check> checks = new ArrayList<>();

    CorpusInvoices run(Path corpus, DocumentExtractor extractor) throws IOException {
        Path dir = corpus.resolve("invoices-po");
        if (!Files.isDirectory(dir)) {
            return this;
        }
        JsonMapper json = JsonMapper.builder().build();
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(dir)) {
            inputs = files.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".txt")).sorted()
                    .toList();
        }
        for (Path input : inputs) {
            String stem = input.getFileName().toString().replaceFirst("\\.(pdf|txt)$", "");
            Path expectedFile = Files.exists(input.resolveSibling(stem + ".expected.json"))
                    ? input.resolveSibling(stem + ".expected.json") : input.resolveSibling(stem + ".json");
            if (!Files.exists(expectedFile)) {
                continue;
            }
            JsonNode node = json.readTree(Files.readString(expectedFile));
            Map<String, String> expected = node.isArray() ? invoice2data(node.get(0)) : collector(node);
            ExtractionResult result = extractor.extract(Files.readAllBytes(input));
            boolean order = "220".equals(text(node.get("type_code")));
            for (var e : expected.entrySet()) {
                String field = field(e.getKey(), order);
                ExtractedField<Object> f = result.fields().get(field);
                String got = f == null ? null : String.valueOf(f.value());
                checks.add(new Check(dir.relativize(input).toString(), e.getKey(), e.getValue(), got,
                        right(e.getKey(), e.getValue(), got), f == null ? null : f.confidence().value(),
                        f == null ? null : result.origin(field).source().name(), result.origin(field).note()));
            }
        }
        return this;
    }

    Reliability reliability() {
        Reliability r = new Reliability();
        checks.stream().filter(c -> c.confidence() != null).forEach(c -> r.add(c.confidence(), c.right()));
        return r;
    }

    double accuracy() {
        return checks.isEmpty() ? 0 : (double) checks.stream().filter(Check::right).count() / checks.size();
    }

    private static Map<String, String> collector(JsonNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "number", text(n.get("document_id")));
        put(m, "issue_date", date(text(n.get("issue_date"))));
        put(m, "due_date", date(text(n.get("due_date"))));
        put(m, "seller", n.has("seller") ? text(n.get("seller").get("name")) : null);
        put(m, "buyer", n.has("buyer") ? text(n.get("buyer").get("name")) : null);
        JsonNode totals = n.get("totals");
        put(m, "total", totals == null ? null : text(totals.get("GrandTotalAmount")));
        return m;
    }

    private static Map<String, String> invoice2data(JsonNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "number", text(n.get("invoice_number")));
        put(m, "issue_date", text(n.get("date")));
        put(m, "seller", text(n.get("issuer")));
        put(m, "total", text(n.get("amount")));
        return m;
    }

    private static String field(String key, boolean order) {
        return switch (key) {
            case "number" -> order ? "po_number" : "invoice_number";
            case "issue_date" -> order ? "order_date" : "issue_date";
            case "seller" -> "seller_name";
            case "buyer" -> "buyer_name";
            case "total" -> "total_amount";
            default -> key;
        };
    }

    private static boolean right(String key, String expected, String got) {
        if (got == null) {
            return false;
        }
        if (key.equals("total")) {
            try {
                return new BigDecimal(expected).compareTo(new BigDecimal(got)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        String e = SameValue.text(expected);
        String g = SameValue.text(got);
        return key.equals("seller") || key.equals("buyer") ? !g.isEmpty() && (e.contains(g) || g.contains(e)) : e.equals(g);
    }

    private static String date(String yyyymmdd) {
        if (yyyymmdd == null || yyyymmdd.length() < 8) {
            return null;
        }
        return yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6, 8);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }
}
