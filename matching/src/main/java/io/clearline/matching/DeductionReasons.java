package io.clearline.matching;

import io.clearline.core.exception.ExceptionCategory;
import java.util.Optional;

/**
 * Reads a short pay's reason from the memo text. The default is keyword rules
 * ({@link KeywordDeductionReasons}); a trained classifier can take its place later.
 */
@FunctionalInterface
public interface DeductionReasons {

    /** The reason the memo gives, empty when it gives none (then a short pay is a partial payment). */
    Optional<ExceptionCategory> reasonFor(String memo);
}
