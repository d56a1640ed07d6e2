package io.clearline.matching.amount;

import io.clearline.core.exception.ExceptionCategory;
import io.clearline.matching.MatchPattern.AmountFit;
import java.util.Optional;

/**
 * How a paid amount settles one open item, in minor units: cash applied, discount granted, deduction
 * kept open with its reason, and any excess left unapplied.
 */
public record Fit(
        int item,
        long applied,
        long discount,
        long deduction,
        Optional<ExceptionCategory> reason,
        AmountFit kind,
        long excess,
        String explanation) {
}
