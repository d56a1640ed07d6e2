package io.clearline.matching;

import io.clearline.core.exception.ExceptionCategory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Keyword rules for common deduction reasons; first matching rule wins, so specific ones come first. */
public final class KeywordDeductionReasons implements DeductionReasons {

    private static final Map<String, List<String>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("UNEARNED_DISCOUNT", List.of("unearned", "disc taken", "discount taken"));
        RULES.put("DAMAGED_GOODS", List.of("damage", "dmg", "broken", "defect"));
        RULES.put("SHORT_SHIPMENT", List.of("short ship", "shortage", "short-ship", "missing", "not received", "qty short"));
        RULES.put("PRICING", List.of("price", "pricing", "overcharge", "over charge"));
        RULES.put("PROMOTION", List.of("promo", "co-op", "coop", "advertis", "mdf", "slotting", "rebate"));
        RULES.put("FREIGHT", List.of("freight", "shipping", "delivery charge", "carrier"));
        RULES.put("RETURN", List.of("return", "rma"));
        RULES.put("COMPLIANCE", List.of("chargeback", "penalty", "late delivery", "non-compliance", "compliance", "fine"));
        RULES.put("TAX", List.of("tax", "vat", "exempt"));
        RULES.put("DEDUCTION_UNSPECIFIED", List.of("deduction", "deduct", "short pay", "shortpay", "withheld"));
    }

    @Override
    public Optional<ExceptionCategory> reasonFor(String memo) {
        if (memo == null || memo.isBlank()) {
            return Optional.empty();
        }
        String text = memo.toLowerCase(Locale.ROOT);
        for (var rule : RULES.entrySet()) {
            for (String word : rule.getValue()) {
                if (text.contains(word)) {
                    return Optional.of(ExceptionCategory.deductionReason(rule.getKey()));
                }
            }
        }
        return Optional.empty();
    }
}
