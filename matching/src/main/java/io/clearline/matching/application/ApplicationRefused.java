package io.clearline.matching.application;

/** An application that would not fit the open items as they stand now; the proposal becomes FAILED with this reason. */
public class ApplicationRefused extends RuntimeException {

    public ApplicationRefused(String message) {
        super(message);
    }
}
