package io.clearline.app.documents;

/** File names as clients send them: a hint to keep, never a path to trust. */
final class FileNames {

    private static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /** The last path segment (some browsers send {@code C:\dir\file.pdf}), control characters removed, at most 255 chars. */
    static String clean(String name) {
        if (name == null) {
            return null;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String printable = last.replaceAll("\\p{Cntrl}", "").strip();
        if (printable.isEmpty()) {
            return null;
        }
        return printable.length() <= MAX_LENGTH ? printable : printable.substring(0, MAX_LENGTH);
    }

    /** A file extension for a download that arrived without a name. */
    static String extensionFor(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/tiff" -> ".tif";
            case "message/rfc822" -> ".eml";
            case "application/vnd.ms-outlook" -> ".msg";
            case "text/csv" -> ".csv";
            case "application/xml", "text/xml" -> ".xml";
            default -> mediaType.startsWith("text/") ? ".txt" : "";
        };
    }
}
