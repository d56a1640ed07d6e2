package io.clearline.trainingdata.documents;

import java.util.List;

/** A company with its postal address as printed: street and city lines. */
public record Party(String name, String street, String city) {

    public List<String> lines() {
        return List.of(name, street, city);
    }

    /** The address as one line, the way ground truth spells a multi-line block. */
    public String oneLine() {
        return String.join(", ", lines());
    }
}
