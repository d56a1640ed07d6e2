package io.clearline.extraction.documents;

/**
 * The outcome of storing one raw input.
 *
 * @param created true when these bytes were new; false when the same bytes were already stored
 *                (the existing document is returned and nothing changes)
 */
public record StoredDocument(RawDocument document, boolean created) {
}
