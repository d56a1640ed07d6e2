package io.clearline.classification;

import java.util.Set;

/** The caller named a classifier that is not configured. */
public class UnknownClassifierException extends RuntimeException {

    public UnknownClassifierException(String name, Set<String> known) {
        super("unknown classifier '" + name + "'; configured: " + known);
    }
}
