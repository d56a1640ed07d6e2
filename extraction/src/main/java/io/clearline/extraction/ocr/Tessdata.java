package io.clearline.extraction.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds tesseract's language data: the configured folder, else {@code TESSDATA_PREFIX}, else the
 * places Debian, Ubuntu, Fedora and Homebrew install it. A folder counts only when it holds every
 * requested language.
 */
final class Tessdata {

    private static final List<String> KNOWN = List.of("/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata",
            "/opt/homebrew/share/tessdata");

    /** The folder found, or why there is none. */
    record Found(Path folder, String problem) {
    }

    private Tessdata() {
    }

    static Found find(Path configured, String languages) {
        List<Path> candidates = new ArrayList<>();
        if (configured != null) {
            candidates.add(configured);
        } else {
            String prefix = System.getenv("TESSDATA_PREFIX");
            if (prefix != null && !prefix.isBlank()) {
                candidates.add(Path.of(prefix));
                candidates.add(Path.of(prefix, "tessdata"));
            }
            KNOWN.forEach(k -> candidates.add(Path.of(k)));
        }
        for (Path folder : candidates) {
            if (hasAll(folder, languages)) {
                return new Found(folder, null);
            }
        }
        return new Found(null, "OCR is not available: no tesseract language data for '" + languages + "' in "
                + candidates + " (install tesseract-ocr, tesseract-ocr-eng, tesseract-ocr-deu or set "
                + "clearline.extraction.ocr.tessdata)");
    }

    static boolean hasAll(Path folder, String languages) {
        for (String language : languages.split("\\+")) {
            if (!Files.isRegularFile(folder.resolve(language + ".traineddata"))) {
                return false;
            }
        }
        return true;
    }
}
