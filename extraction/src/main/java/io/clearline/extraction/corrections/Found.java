package io.clearline.extraction.corrections;

import io.clearline.core.document.BoundingBox;

/**
 * A value found next to a label in a document's layout.
 *
 * @param label    the label, normalised ({@code Labels.normalise})
 * @param text     the value as printed
 * @param box      where the value stands, null when the layout has no real coordinates
 */
record Found(String label, Relation relation, String text, int page, BoundingBox box) {
}
