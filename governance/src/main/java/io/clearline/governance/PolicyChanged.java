package io.clearline.governance;

/** A new version of an action kind's policy was stored. */
public record PolicyChanged(String kind, int version, Actor changedBy) {
}
