package io.clearline.core.document;

import java.util.Optional;

/**
 * Where a value was read: page (1-based), box on that page when layout is known, and the text as
 * it stood in the source. E-mail bodies and structured files have no box.
 */
public record Provenance(int page, Optional<BoundingBox> box, String sourceText) {

    public Provenance {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0, was " + page);
        }
        box = box == null ? Optional.empty() : box;
        sourceText = sourceText == null ? "" : sourceText;
    }

    public static Provenance of(int page, BoundingBox box, String sourceText) {
        return new Provenance(page, Optional.ofNullable(box), sourceText);
    }

    public static Provenance text(String sourceText) {
        return new Provenance(1, Optional.empty(), sourceText);
    }
}
