package io.clearline.trainingdata.documents;

import io.clearline.core.document.DocumentType;
import io.clearline.core.money.DecimalStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Ten layouts per document type. Numbers 8 and 9 are the holdout layouts: they are only measured.
 * Each layout differs from the others in several ways at once (wording, formats, font, table);
 * the holdouts also differ in structure (a grid of header fields; column headers over two lines),
 * which extraction was not written against.
 */
public final class Layouts {

    /** Layout numbers reserved for measuring how extraction does on layouts nobody tuned for. */
    public static final List<Integer> HOLDOUT = List.of(8, 9);

    private record Style(Language language, DecimalStyle numbers, String datePattern, Typeface typeface,
                         boolean labelsBelow, boolean ruled, boolean twoColumnHeader, boolean partyInHeading,
                         int linesPerPage, boolean letterSize, int wording) {
    }

    private static final List<Style> STYLES = List.of(
            new Style(Language.EN, DecimalStyle.POINT, "MM/dd/yyyy", Typeface.HELVETICA, false, true, false, false, 30, true, 0),
            new Style(Language.EN, DecimalStyle.POINT, "MMM d, yyyy", Typeface.TIMES, true, false, true, true, 8, true, 1),
            new Style(Language.DE, DecimalStyle.COMMA, "dd.MM.yyyy", Typeface.HELVETICA, false, true, true, true, 30, false, 0),
            new Style(Language.EN, DecimalStyle.POINT, "yyyy-MM-dd", Typeface.COURIER, false, false, false, true, 6, false, 3),
            new Style(Language.EN, DecimalStyle.POINT, "MMMM d, yyyy", Typeface.TIMES, false, true, true, false, 30, true, 4),
            new Style(Language.DE, DecimalStyle.COMMA, "d. MMMM yyyy", Typeface.TIMES, true, true, false, false, 7, false, 1),
            new Style(Language.EN, DecimalStyle.COMMA, "dd/MM/yyyy", Typeface.HELVETICA, true, false, true, false, 30, false, 5),
            new Style(Language.EN, DecimalStyle.POINT, "M/d/yyyy", Typeface.COURIER, false, true, true, true, 9, true, 6),
            new Style(Language.EN, DecimalStyle.POINT, "dd MMM yyyy", Typeface.TIMES, true, true, true, true, 7, true, 7),
            new Style(Language.DE, DecimalStyle.COMMA, "d.M.yyyy", Typeface.HELVETICA, false, false, false, false, 30, false, 3));

    private static final List<List<String>> ORDER_COLUMNS = List.of(
            List.of("item", "description", "quantity", "unit", "unit_price", "amount"),
            List.of("quantity", "unit", "item", "description", "unit_price", "amount"),
            List.of("item", "description", "unit_price", "quantity", "unit", "amount"),
            List.of("description", "item", "quantity", "unit", "unit_price", "amount"),
            List.of("item", "quantity", "unit", "description", "unit_price", "amount"));

    private static final List<List<String>> REMITTANCE_COLUMNS = List.of(
            List.of("invoice_number", "invoice_date", "gross_amount", "discount_amount", "deduction_amount",
                    "deduction_reason", "paid_amount"),
            List.of("invoice_date", "invoice_number", "gross_amount", "discount_amount", "deduction_amount",
                    "paid_amount", "deduction_reason"),
            List.of("invoice_number", "gross_amount", "discount_amount", "deduction_amount", "deduction_reason",
                    "paid_amount", "invoice_date"),
            List.of("invoice_number", "invoice_date", "gross_amount", "deduction_amount", "deduction_reason",
                    "discount_amount", "paid_amount"),
            List.of("invoice_date", "invoice_number", "deduction_reason", "gross_amount", "discount_amount",
                    "deduction_amount", "paid_amount"));

    private static final List<List<String>> DELIVERY_COLUMNS = List.of(
            List.of("item", "description", "quantity_ordered", "quantity_delivered", "unit"),
            List.of("item", "description", "unit", "quantity_delivered"),
            List.of("description", "item", "quantity_delivered", "quantity_ordered"),
            List.of("quantity_delivered", "unit", "item", "description"),
            List.of("item", "quantity_ordered", "quantity_delivered", "description"));

    private Layouts() {
    }

    public static List<Layout> all() {
        List<Layout> all = new ArrayList<>();
        for (DocumentType type : List.of(DocumentType.PURCHASE_ORDER, DocumentType.INVOICE,
                DocumentType.REMITTANCE_ADVICE, DocumentType.PROOF_OF_DELIVERY)) {
            all.addAll(forType(type));
        }
        return all;
    }

    public static List<Layout> forType(DocumentType type) {
        List<Layout> layouts = new ArrayList<>();
        for (int n = 0; n < STYLES.size(); n++) {
            Style s = STYLES.get(n);
            List<List<String>> columns = switch (type) {
                case REMITTANCE_ADVICE -> REMITTANCE_COLUMNS;
                case PROOF_OF_DELIVERY -> DELIVERY_COLUMNS;
                default -> ORDER_COLUMNS;
            };
            // shift by the type so column order and style do not move in lockstep across types
            List<String> order = columns.get((n + type.ordinal()) % columns.size());
            layouts.add(new Layout(prefix(type) + "-" + n, type, s.wording(), HOLDOUT.contains(n), s.language(),
                    s.numbers(), s.datePattern(), s.typeface(), s.labelsBelow(), s.ruled(), s.twoColumnHeader(),
                    s.partyInHeading(), s.linesPerPage(), s.letterSize(), order, n == 9, n == 8));
        }
        return layouts;
    }

    private static String prefix(DocumentType type) {
        return switch (type) {
            case PURCHASE_ORDER -> "po";
            case INVOICE -> "inv";
            case REMITTANCE_ADVICE -> "ra";
            case PROOF_OF_DELIVERY -> "pod";
            case OTHER -> "other";
        };
    }
}
