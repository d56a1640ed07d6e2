package io.clearline.extraction.reading;

import java.util.List;

/**
 * The note on a result whose document was read only in part: which pages OCR could not read and
 * why, so a reviewer knows fields or line items may be missing rather than absent.
 */
final class PageNote {

    private static final int LISTED = 3;

    private PageNote() {
    }

    /** Null when every page was read. */
    static String of(List<String> failures, int pages) {
        if (failures.isEmpty()) {
            return null;
        }
        String listed = String.join("; ", failures.subList(0, Math.min(LISTED, failures.size())));
        return "read in part: " + failures.size() + " of " + pages + " page(s) not read (" + listed
                + (failures.size() > LISTED ? "; ..." : "") + ")";
    }
}
