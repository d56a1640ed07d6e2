package io.clearline.extraction.fields;

import io.clearline.core.document.DocumentType;
import io.clearline.core.document.ExtractedField;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Phrase;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a document's fields and line items for its type: tables first (so their cells are not
 * taken for labels), then labelled fields, then fallbacks (letterhead party, currency from the
 * amounts, a PO total from its lines), then arithmetic validation adjusts confidences.
 */
public final class FieldReader {

    /** The fields in contract order and the line items. */
    public record Read(Map<String, ExtractedField<Object>> fields, List<Map<String, ExtractedField<Object>>> lines) {
    }

    private FieldReader() {
    }

    public static Read read(LaidOutText text, DocumentType type) {
        return read(text, type, false);
    }

    /**
     * {@code scanned}: the text was read by OCR, so a cell may be missing or a digit misread, and the
     * rows' arithmetic may fill or repair it. A text layer is what the document says: a row that does
     * not add up there is the document's own error, reported through lower confidence, never changed.
     */
    public static Read read(LaidOutText text, DocumentType type, boolean scanned) {
        Schema schema = Schema.of(type);
        DocumentLocale locale = DocumentLocale.detect(text);
        LineItems items = new LineItems(text, schema, locale).read();
        Map<String, ExtractedField<Object>> found = new LabelledFields(text, schema, locale, items.used).find();
        fallbacks(type, text, locale, found, items.rows);
        if (type == DocumentType.INVOICE) {
            CreditNote.unsign(text, found, items.rows);
        }
        if (scanned) {
            // a cell OCR dropped or misread: the row's arithmetic fills it before confidences are scored
            LineArithmetic.apply(type, found, items.rows);
            codeShapes(schema, found, items.rows);
        }
        Validation.apply(type, found, items.rows);
        Map<String, ExtractedField<Object>> ordered = new LinkedHashMap<>();
        for (String name : schema.fields().keySet()) {
            if (found.containsKey(name)) {
                ordered.put(name, found.get(name));
            }
        }
        return new Read(ordered, items.rows);
    }

    /** O/0 and I/1 OCR confusions inside identifiers, where the code's shape leaves one reading. */
    private static void codeShapes(Schema schema, Map<String, ExtractedField<Object>> found,
                                   List<Map<String, ExtractedField<Object>>> lines) {
        schema.fields().forEach((name, kind) -> {
            if (kind == Kind.IDENTIFIER && found.containsKey(name)) {
                found.put(name, CodeShapes.identifier(found.get(name)));
            }
        });
        schema.columns().forEach((name, kind) -> {
            if (kind == Kind.IDENTIFIER) {
                CodeShapes.column(lines, name);
            }
        });
    }

    private static void fallbacks(DocumentType type, LaidOutText text, DocumentLocale locale,
                                  Map<String, ExtractedField<Object>> found,
                                  List<Map<String, ExtractedField<Object>>> lines) {
        String party = switch (type) {
            case PURCHASE_ORDER -> "buyer_name";
            case INVOICE -> "seller_name";
            case REMITTANCE_ADVICE -> "payer_name";
            default -> null;
        };
        TitleLine.fill(type, text, locale, found);
        PlaceDate.fill(type, text, locale, found);
        if (type == DocumentType.INVOICE) {
            DueDate.fill(text, locale, found);
        }
        if (party != null && !found.containsKey(party)) {
            Letterhead.party(party, text, locale).ifPresent(f -> found.put(party, f));
        }
        if (type == DocumentType.INVOICE && !found.containsKey("buyer_name")) {
            ExtractedField<Object> seller = found.get("seller_name");
            AddressWindow.recipient("buyer_name", text, locale, seller == null ? null : String.valueOf(seller.value()))
                    .ifPresent(f -> found.put("buyer_name", f));
        }
        if (Schema.of(type).fields().containsKey("currency") && !found.containsKey("currency")) {
            currency(text).ifPresent(f -> found.put("currency", f));
        }
        if (type == DocumentType.PURCHASE_ORDER && !found.containsKey("total_amount") && !lines.isEmpty()
                && lines.stream().allMatch(l -> Validation.amount(l, "amount").isPresent())) {
            BigDecimal sum = lines.stream().map(l -> Validation.amount(l, "amount").orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            found.put("total_amount", Located.implied("total_amount", sum, 0.55, 1));
        }
        if (type == DocumentType.PROOF_OF_DELIVERY && !found.containsKey("exceptions")) {
            found.put("exceptions", Located.implied("exceptions", List.of(), 0.4, 1));
        }
        if (type == DocumentType.PROOF_OF_DELIVERY && !found.containsKey("signature_present")) {
            found.put("signature_present", Located.implied("signature_present", Boolean.FALSE, 0.4, 1));
        }
    }

    /** The currency most amounts are written in, when no label names it. */
    private static Optional<ExtractedField<Object>> currency(LaidOutText text) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Phrase> first = new LinkedHashMap<>();
        text.lines().forEach(l -> l.phrases().forEach(p -> {
            if (p.text().length() <= 24) {
                Values.currency(p.text()).ifPresent(c -> {
                    counts.merge(c, 1, Integer::sum);
                    first.putIfAbsent(c, p);
                });
            }
        }));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> Located.field("currency", e.getKey(), 0.7, List.of(first.get(e.getKey())), text));
    }
}
