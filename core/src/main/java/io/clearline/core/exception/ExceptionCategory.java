package io.clearline.core.exception;

import java.util.Locale;
import java.util.Objects;

/**
 * A category from a configurable taxonomy (order exceptions, deduction reasons). Codes are
 * upper snake case; customers may add their own, so this is a value, not an enum.
 */
public record ExceptionCategory(String taxonomy, String code) {

    public static final String ORDER_EXCEPTIONS = "order-exception";
    public static final String DEDUCTION_REASONS = "deduction-reason";

    public ExceptionCategory {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(code, "code");
        code = code.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (code.isEmpty()) {
            throw new IllegalArgumentException("category code is blank");
        }
    }

    public static ExceptionCategory orderException(String code) {
        return new ExceptionCategory(ORDER_EXCEPTIONS, code);
    }

    public static ExceptionCategory deductionReason(String code) {
        return new ExceptionCategory(DEDUCTION_REASONS, code);
    }
}
