package io.clearline.trainingdata.documents;

import io.clearline.trainingdata.documents.DocumentContent.Labelled;
import java.util.ArrayList;
import java.util.List;

/** A layout's labels and column headers, formatted (with or without a colon) the way it prints them. */
final class Wording {

    private final Layout layout;

    Wording(Layout layout) {
        this.layout = layout;
    }

    String label(String key) {
        String word = Vocabulary.word(layout.language(), key, layout.variant());
        boolean colon = !layout.labelsBelow() && layout.variant() != 3;
        return colon ? word + ":" : word;
    }

    Labelled field(String key, String value) {
        return Labelled.of(label(key), value);
    }

    Labelled field(String key, List<String> value) {
        return new Labelled(label(key), value);
    }

    String title() {
        return Vocabulary.title(layout.language(), layout.type(), layout.variant());
    }

    List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (String column : layout.columns()) {
            headers.add(Vocabulary.word(layout.language(), "col." + column, layout.variant()));
        }
        return headers;
    }

    boolean german() {
        return layout.language() == Language.DE;
    }
}
