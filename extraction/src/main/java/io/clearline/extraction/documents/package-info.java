/**
 * The raw input store: every upload, e-mail, attachment and bank file is kept once, byte for byte,
 * content-addressed by SHA-256, with its media type detected from the content (Apache Tika), never
 * from the file name alone. Storing the same bytes again returns the existing document.
 */
package io.clearline.extraction.documents;
