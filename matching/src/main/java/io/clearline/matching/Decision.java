package io.clearline.matching;

/** What happens to one proposed allocation: applied without a person, sent to a person, or left on account. */
public enum Decision {
    AUTO,
    REVIEW,
    UNAPPLIED
}
