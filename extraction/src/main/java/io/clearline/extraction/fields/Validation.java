package io.clearline.extraction.fields;

import io.clearline.core.Confidence;
import io.clearline.core.document.DocumentType;
import io.clearline.core.document.ExtractedField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arithmetic the document must obey, used to raise the confidence of fields that agree and lower
 * it for fields that do not: quantity × price = amount, line sums against totals, net + tax =
 * total, gross − discount − deduction = paid.
 */
final class Validation {

    private static final double AGREE = 1.08;
    private static final double DISAGREE = 0.7;
    private static final BigDecimal CENT = new BigDecimal("0.011");

    private Validation() {
    }

    static void apply(DocumentType type, Map<String, ExtractedField<Object>> fields,
                      List<Map<String, ExtractedField<Object>>> lines) {
        switch (type) {
            case PURCHASE_ORDER, INVOICE -> {
                for (var line : lines) {
                    check(line, List.of("quantity", "unit_price", "amount"),
                            amount(line, "quantity").flatMap(q -> amount(line, "unit_price").map(q::multiply)),
                            amount(line, "amount"));
                }
                Optional<BigDecimal> sum = sum(lines, "amount");
                String subtotal = type == DocumentType.INVOICE ? "net_amount" : "total_amount";
                check(fields, List.of(subtotal), sum, amount(fields, subtotal));
                if (type == DocumentType.INVOICE) {
                    check(fields, List.of("net_amount", "tax_amount", "total_amount"),
                            amount(fields, "net_amount").flatMap(n -> amount(fields, "tax_amount").map(n::add)),
                            amount(fields, "total_amount"));
                }
            }
            case REMITTANCE_ADVICE -> {
                for (var line : lines) {
                    Optional<BigDecimal> expected = amount(line, "gross_amount").map(g -> g
                            .subtract(amount(line, "discount_amount").orElse(BigDecimal.ZERO))
                            .subtract(amount(line, "deduction_amount").orElse(BigDecimal.ZERO)));
                    check(line, List.of("gross_amount", "discount_amount", "deduction_amount", "paid_amount"),
                            expected, amount(line, "paid_amount"));
                }
                check(fields, List.of("payment_amount"), sum(lines, "paid_amount"), amount(fields, "payment_amount"));
            }
            default -> {
            }
        }
    }

    private static void check(Map<String, ExtractedField<Object>> fields, List<String> names,
                              Optional<BigDecimal> expected, Optional<BigDecimal> actual) {
        if (expected.isEmpty() || actual.isEmpty()) {
            return;
        }
        double factor = expected.get().subtract(actual.get()).abs().compareTo(CENT) <= 0 ? AGREE : DISAGREE;
        for (String name : names) {
            ExtractedField<Object> field = fields.get(name);
            if (field != null) {
                Confidence scaled = field.confidence().scaled(factor);
                fields.put(name, field.withConfidence(Confidence.clamped(Math.min(0.99, scaled.value()))));
            }
        }
    }

    private static Optional<BigDecimal> sum(List<Map<String, ExtractedField<Object>>> lines, String column) {
        if (lines.isEmpty() || lines.stream().anyMatch(l -> amount(l, column).isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(lines.stream().map(l -> amount(l, column).orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    static Optional<BigDecimal> amount(Map<String, ExtractedField<Object>> fields, String name) {
        ExtractedField<Object> field = fields.get(name);
        return field != null && field.value() instanceof BigDecimal v ? Optional.of(v) : Optional.empty();
    }
}
