package io.clearline.extraction.layout;

import io.clearline.core.document.BoundingBox;

/** One word on a page with its box (points, origin top-left), font size and the width of a space. */
public record Word(String text, int page, BoundingBox box, double fontSize, double spaceWidth, boolean bold) {
}
