package io.clearline.app.cash;

import io.clearline.classification.Classification;
import io.clearline.classification.ClassificationRequest;
import io.clearline.classification.Classifiers;
import io.clearline.core.exception.ExceptionCategory;
import io.clearline.matching.DeductionReasons;
import io.clearline.matching.KeywordDeductionReasons;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The matcher's deduction-reason port, answered by the classification module's trained
 * {@code deduction-reason} classifier (the app wires them: matching must not know classification).
 * Only a confident, specific label is taken; an unsure one (NEEDS_REVIEW, UNKNOWN) or no classifier
 * falls back to the keyword rules, so a memo without a reason still reads as a partial payment.
 */
@Component
class ClassifiedDeductionReasons implements DeductionReasons {

    static final String CLASSIFIER = ExceptionCategory.DEDUCTION_REASONS;

    private static final Logger log = LoggerFactory.getLogger(ClassifiedDeductionReasons.class);

    private final ObjectProvider<Classifiers> classifiers;
    private final KeywordDeductionReasons rules = new KeywordDeductionReasons();

    ClassifiedDeductionReasons(ObjectProvider<Classifiers> classifiers) {
        this.classifiers = classifiers;
    }

    @Override
    public Optional<ExceptionCategory> reasonFor(String memo) {
        if (memo == null || memo.isBlank()) {
            return Optional.empty();
        }
        Optional<ExceptionCategory> byRule = rules.reasonFor(memo);
        Classifiers model = classifiers.getIfAvailable();
        if (model == null || byRule.isEmpty()) {
            // the model always names some reason; only a memo that speaks of a deduction at all is asked
            return byRule;
        }
        try {
            Classification c = model.classify(CLASSIFIER, new ClassificationRequest(memo, Map.of()));
            if (!c.needsReview() && !"UNKNOWN".equals(c.label())) {
                return Optional.of(ExceptionCategory.deductionReason(c.label()));
            }
        } catch (RuntimeException e) {
            log.warn("deduction-reason classifier failed on a memo, keyword rules used: {}", e.toString());
        }
        return byRule;
    }
}
