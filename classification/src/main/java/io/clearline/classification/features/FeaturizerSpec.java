package io.clearline.classification.features;

import java.util.List;

/**
 * Everything that decides how a text becomes features. Shipped as {@code featurizer.json} beside each
 * model, so serving rebuilds exactly the featurizer training used.
 *
 * @param wordNgramMax  word n-grams from 1 up to this length
 * @param charNgramMin  shortest character n-gram, taken within word boundaries
 * @param charNgramMax  longest character n-gram (0 switches character n-grams off)
 * @param maxChars      only the first characters count (a first page, a long e-mail's head)
 * @param contextKeys   context entries that become features ({@code key=value} tokens, comma separated)
 */
public record FeaturizerSpec(int version, int wordNgramMax, int charNgramMin, int charNgramMax, int maxChars,
        List<String> contextKeys) {

    public static final int CURRENT_VERSION = 1;

    public FeaturizerSpec {
        if (wordNgramMax < 1 || charNgramMin < 1 || charNgramMax < 0 || maxChars < 1) {
            throw new IllegalArgumentException("invalid featurizer settings");
        }
        contextKeys = contextKeys == null ? List.of() : List.copyOf(contextKeys);
    }

    public static FeaturizerSpec defaults(int maxChars, List<String> contextKeys) {
        return new FeaturizerSpec(CURRENT_VERSION, 2, 3, 5, maxChars, contextKeys);
    }
}
