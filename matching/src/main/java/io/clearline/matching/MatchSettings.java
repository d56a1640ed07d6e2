package io.clearline.matching;

import java.util.Currency;
import java.util.Map;

/**
 * Knobs of the matcher. {@code autoThreshold} is a calibrated confidence; {@code toleranceMinorUnits}
 * per currency absorbs payers' rounding (default 1 minor unit); the search caps bound the subset-sum
 * search so a customer with thousands of open items cannot stall a batch.
 */
public record MatchSettings(
        double autoThreshold,
        Map<String, Long> toleranceMinorUnits,
        int subsetMaxItems,
        int subsetPoolSize,
        int subsetNodeBudget,
        double nameMatchMinimum,
        double nameMatchMargin) {

    public MatchSettings {
        if (autoThreshold < 0 || autoThreshold > 1) {
            throw new IllegalArgumentException("autoThreshold must be within [0, 1]");
        }
        toleranceMinorUnits = Map.copyOf(toleranceMinorUnits);
    }

    public static MatchSettings defaults() {
        return new MatchSettings(0.99, Map.of(), 6, 40, 200_000, 0.72, 0.12);
    }

    public MatchSettings withAutoThreshold(double threshold) {
        return new MatchSettings(threshold, toleranceMinorUnits, subsetMaxItems, subsetPoolSize, subsetNodeBudget,
                nameMatchMinimum, nameMatchMargin);
    }

    public MatchSettings withSubsetCaps(int pool, int budget) {
        return new MatchSettings(autoThreshold, toleranceMinorUnits, subsetMaxItems, pool, budget,
                nameMatchMinimum, nameMatchMargin);
    }

    public long tolerance(Currency currency) {
        return toleranceMinorUnits.getOrDefault(currency.getCurrencyCode(), 1L);
    }
}
