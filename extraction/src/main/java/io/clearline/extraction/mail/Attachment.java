package io.clearline.extraction.mail;

/** A file carried by a message (at any depth of forwarded messages), as it was decoded. */
public record Attachment(String name, String mediaType, byte[] content, int depth) {
}
