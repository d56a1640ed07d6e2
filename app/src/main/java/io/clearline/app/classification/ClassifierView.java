package io.clearline.app.classification;

import java.util.List;

/** A configured classifier: the model version serving it and the labels it answers with. */
public record ClassifierView(String name, ClassificationView.Model model, List<String> labels) {
}
