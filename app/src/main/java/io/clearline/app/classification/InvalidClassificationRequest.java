package io.clearline.app.classification;

/** A well-formed request the classifiers cannot take: blank or too long text, empty or too large batch (422). */
class InvalidClassificationRequest extends RuntimeException {

    InvalidClassificationRequest(String message) {
        super(message);
    }
}
