package io.clearline.trainingdata.text;

import java.util.Map;
import java.util.Objects;

/**
 * One labelled text with where it came from: {@code family} names the phrasing and frame templates it
 * was built from, so an evaluation can prove it measured on phrasings the model never saw.
 */
public record LabelledText(String text, String label, String family, String language, Partition partition,
        Map<String, String> context) {

    public LabelledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        context = Map.copyOf(context);
    }
}
