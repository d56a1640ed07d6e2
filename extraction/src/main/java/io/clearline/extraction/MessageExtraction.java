package io.clearline.extraction;

import java.util.List;

/** A document and, when it is an e-mail, each attachment as a document of its own, linked by this record. */
public record MessageExtraction(ExtractionResult document, List<Part> parts) {

    public MessageExtraction {
        parts = List.copyOf(parts);
    }

    /** One attachment: its file name, media type, size, SHA-256 (to link it to the stored file) and its result. */
    public record Part(String name, String mediaType, long bytes, String sha256, ExtractionResult result) {
    }
}
