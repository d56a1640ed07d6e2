package io.clearline.app.classification;

import java.util.List;

/** The answers to a batch, in the order of its items. */
public record BatchView(List<ClassificationView> results) {
}
