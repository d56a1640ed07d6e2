package io.clearline.extraction.documents;

/** An attachment of a stored e-mail that was not stored as a document of its own, and why. */
public record RefusedAttachment(String name, String mediaType, long size, String reason) {
}
