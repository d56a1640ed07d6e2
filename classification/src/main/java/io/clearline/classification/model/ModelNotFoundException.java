package io.clearline.classification.model;

/** A configured model name or version has no files. */
public class ModelNotFoundException extends RuntimeException {

    public ModelNotFoundException(String message) {
        super(message);
    }
}
