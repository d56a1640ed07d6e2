package io.clearline.extraction.fields;

import io.clearline.core.Confidence;
import io.clearline.core.document.DocumentType;
import io.clearline.core.document.ExtractedField;
import io.clearline.core.document.Provenance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills in or repairs a line-item number from the row's own arithmetic, before validation scores
 * confidences. A cell OCR dropped (a lone "4" in a quantity column, a deduction read as empty) is
 * derived from the others when the result is a clean number (a whole quantity, a price in cents).
 * A value that was read but breaks its row is replaced only when the document's own total agrees
 * with the replacement and not with the reading, and the two differ in one character: a misread
 * digit, never a different number. Derived values carry a lower confidence and say how they were
 * got. On a document read right every row adds up and nothing changes.
 */
final class LineArithmetic {

    static final double DERIVED = 0.6;
    static final double REPAIRED = 0.55;
    private static final BigDecimal CENT = new BigDecimal("0.011");

    private LineArithmetic() {
    }

    static void apply(DocumentType type, Map<String, ExtractedField<Object>> fields,
                      List<Map<String, ExtractedField<Object>>> lines) {
        switch (type) {
            case PURCHASE_ORDER, INVOICE -> orders(type, fields, lines);
            case REMITTANCE_ADVICE -> remittance(fields, lines);
            default -> {
            }
        }
    }

    private static void orders(DocumentType type, Map<String, ExtractedField<Object>> fields,
                               List<Map<String, ExtractedField<Object>>> lines) {
        for (Map<String, ExtractedField<Object>> line : lines) {
            Optional<BigDecimal> quantity = Validation.amount(line, "quantity");
            Optional<BigDecimal> price = Validation.amount(line, "unit_price");
            Optional<BigDecimal> amount = Validation.amount(line, "amount");
            if (quantity.isEmpty() && price.isPresent() && amount.isPresent() && price.get().signum() != 0) {
                wholeQuotient(amount.get(), price.get()).ifPresent(q ->
                        line.put("quantity", derived(line, "quantity", q, "amount / unit price")));
            } else if (price.isEmpty() && quantity.isPresent() && amount.isPresent() && quantity.get().signum() != 0) {
                centQuotient(amount.get(), quantity.get()).ifPresent(p ->
                        line.put("unit_price", derived(line, "unit_price", p, "amount / quantity")));
            }
        }
        String subtotal = type == DocumentType.INVOICE ? "net_amount" : "total_amount";
        Optional<BigDecimal> total = Validation.amount(fields, subtotal);
        if (total.isEmpty()) {
            return;
        }
        // an amount misread: quantity × price gives the printed total back, the reading does not
        Optional<BigDecimal> sum = sum(lines, "amount");
        if (sum.isEmpty() || near(sum.get(), total.get())) {
            return;
        }
        for (Map<String, ExtractedField<Object>> line : lines) {
            Optional<BigDecimal> read = Validation.amount(line, "amount");
            Optional<BigDecimal> product = Validation.amount(line, "quantity")
                    .flatMap(q -> Validation.amount(line, "unit_price").map(p -> q.multiply(p)
                            .setScale(2, RoundingMode.HALF_UP)));
            if (read.isPresent() && product.isPresent() && !near(read.get(), product.get())
                    && near(sum.get().subtract(read.get()).add(product.get()), total.get())
                    && oneCharacterApart(read.get(), product.get())) {
                line.put("amount", repaired(line.get("amount"), product.get()));
                return;
            }
        }
    }

    private static void remittance(Map<String, ExtractedField<Object>> fields,
                                   List<Map<String, ExtractedField<Object>>> lines) {
        Optional<BigDecimal> payment = Validation.amount(fields, "payment_amount");
        for (Map<String, ExtractedField<Object>> line : lines) {
            Optional<BigDecimal> gross = Validation.amount(line, "gross_amount");
            BigDecimal discount = Validation.amount(line, "discount_amount").orElse(BigDecimal.ZERO);
            BigDecimal deduction = Validation.amount(line, "deduction_amount").orElse(BigDecimal.ZERO);
            Optional<BigDecimal> paid = Validation.amount(line, "paid_amount");
            if (gross.isEmpty()) {
                continue;
            }
            BigDecimal expected = gross.get().subtract(discount).subtract(deduction);
            if (paid.isEmpty()) {
                // only when the payment total then adds up: the paid column may be missing for good reason
                Optional<BigDecimal> others = sumExcept(lines, line, "paid_amount");
                if (payment.isPresent() && others.isPresent() && near(others.get().add(expected), payment.get())) {
                    line.put("paid_amount", derived(line, "paid_amount", expected.setScale(2, RoundingMode.HALF_UP),
                            "gross - discount - deduction"));
                }
            } else if (!near(expected, paid.get()) && implied(line.get("deduction_amount"))
                    && payment.isPresent() && sum(lines, "paid_amount").map(s -> near(s, payment.get())).orElse(false)) {
                // the paid amounts add up to the payment, so the empty-looking deduction cell was dropped by OCR
                BigDecimal missing = gross.get().subtract(discount).subtract(paid.get());
                if (missing.signum() > 0) {
                    line.put("deduction_amount", derived(line, "deduction_amount", missing.setScale(2, RoundingMode.HALF_UP),
                            "gross - discount - paid"));
                }
            }
        }
    }

    /** amount / price when it is a whole number of at least one. */
    static Optional<BigDecimal> wholeQuotient(BigDecimal amount, BigDecimal price) {
        BigDecimal q = amount.divide(price, 0, RoundingMode.HALF_UP);
        if (q.signum() <= 0 || !near(q.multiply(price), amount)) {
            return Optional.empty();
        }
        return Optional.of(q);
    }

    /** amount / quantity when it is a price in whole cents. */
    static Optional<BigDecimal> centQuotient(BigDecimal amount, BigDecimal quantity) {
        BigDecimal p = amount.divide(quantity, 2, RoundingMode.HALF_UP);
        if (p.signum() <= 0 || p.multiply(quantity).subtract(amount).abs().compareTo(new BigDecimal("0.005")) > 0) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** Same length and one digit different, or one digit more or less. */
    static boolean oneCharacterApart(BigDecimal read, BigDecimal derived) {
        String a = read.toPlainString();
        String b = derived.toPlainString();
        if (a.length() == b.length()) {
            int differences = 0;
            for (int i = 0; i < a.length(); i++) {
                differences += a.charAt(i) == b.charAt(i) ? 0 : 1;
            }
            return differences == 1;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean implied(ExtractedField<Object> field) {
        return field == null || field.provenance().box().isEmpty() && field.provenance().sourceText().isEmpty();
    }

    private static ExtractedField<Object> derived(Map<String, ExtractedField<Object>> line, String name,
                                                  BigDecimal value, String how) {
        int page = line.values().stream().findFirst().map(f -> f.provenance().page()).orElse(1);
        return new ExtractedField<>(name, value, Confidence.of(DERIVED), new Provenance(page, Optional.empty(), "= " + how));
    }

    private static ExtractedField<Object> repaired(ExtractedField<Object> read, BigDecimal value) {
        return new ExtractedField<>(read.name(), value, Confidence.of(REPAIRED), read.provenance());
    }

    private static Optional<BigDecimal> sum(List<Map<String, ExtractedField<Object>>> lines, String column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, ExtractedField<Object>> line : lines) {
            Optional<BigDecimal> v = Validation.amount(line, column);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(v.get());
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(sum);
    }

    private static Optional<BigDecimal> sumExcept(List<Map<String, ExtractedField<Object>>> lines,
                                                  Map<String, ExtractedField<Object>> except, String column) {
        return sum(lines.stream().filter(l -> l != except).toList(), column).or(() -> lines.size() == 1
                ? Optional.of(BigDecimal.ZERO) : Optional.empty());
    }

    private static boolean near(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(CENT) <= 0;
    }
}
