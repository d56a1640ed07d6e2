package io.clearline.extraction.reading;

import io.clearline.extraction.layout.LaidOutText;

/** The text read from a file, or why there is none. */
public sealed interface Reading {

    record Text(LaidOutText text) implements Reading {
    }

    record Unreadable(String reason) implements Reading {
    }
}
