package io.clearline.extraction.documents;

/** An e-mail correspondent: lower-cased address and display name (may be null). */
public record Person(String address, String name) {
}
