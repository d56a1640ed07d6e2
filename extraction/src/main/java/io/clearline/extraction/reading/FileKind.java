package io.clearline.extraction.reading;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tika.Tika;

/**
 * What a file really is, from its bytes rather than its name: an executable renamed {@code .pdf}
 * is an executable.
 */
public enum FileKind {
    PDF,
    /** An e-mail: .eml, Outlook .msg or TNEF; a document of its own whose attachments are documents too. */
    MAIL,
    /** Text Tika can read: plain text, e-mail, HTML, XML. */
    TEXT,
    IMAGE,
    UNSUPPORTED;

    private static final class Holder {
        static final Tika TIKA = new Tika();
    }

    /** The kind and the detected media type. */
    public record Detected(FileKind kind, String mediaType) {
    }

    public static Detected of(byte[] content) {
        int head = Math.min(content.length, 1024);
        if (new String(content, 0, head, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            return new Detected(PDF, "application/pdf");
        }
        String type = Holder.TIKA.detect(content).toLowerCase(Locale.ROOT);
        if (type.equals("message/rfc822") || type.equals("application/vnd.ms-outlook") || type.contains("tnef")) {
            return new Detected(MAIL, type);
        }
        if (type.startsWith("text/") || type.equals("message/rfc822") || type.contains("xml")
                || type.equals("application/vnd.ms-outlook")) {
            return new Detected(TEXT, type);
        }
        if (type.startsWith("image/")) {
            return new Detected(IMAGE, type);
        }
        return new Detected(UNSUPPORTED, type);
    }
}
