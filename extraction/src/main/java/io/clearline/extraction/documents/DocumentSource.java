package io.clearline.extraction.documents;

/** How a raw input reached Clearline. */
public enum DocumentSource {
    /** Uploaded through the API or the UI. */
    UPLOAD,
    /** A whole e-mail taken from the intake mailbox. */
    EMAIL,
    /** An attachment of a stored e-mail (its parent). */
    ATTACHMENT
}
