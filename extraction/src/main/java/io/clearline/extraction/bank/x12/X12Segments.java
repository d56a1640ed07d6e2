package io.clearline.extraction.bank.x12;

import io.clearline.extraction.bank.BankFileException;
import io.clearline.extraction.bank.BankFileFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an X12 interchange into segments using the delimiters the ISA segment declares (element
 * separator at position 3, segment terminator right after the 16th element). Line breaks after a
 * terminator are ignored; a line break as the terminator itself is accepted (CRLF or LF).
 */
final class X12Segments {

    record Segment(String id, List<String> elements, int number) {

        String el(int index) {
            return index < elements.size() ? elements.get(index).strip() : "";
        }
    }

    private static final BankFileFormat F = BankFileFormat.X12_820;

    private X12Segments() {
    }

    static List<Segment> read(String text, int maxSegments) {
        String s = text.stripLeading();
        if (s.length() < 106 || !s.startsWith("ISA")) {
            throw new BankFileException(F, "ISA interchange header is missing or shorter than 106 characters");
        }
        char element = s.charAt(3);
        int sixteenth = nthIndexOf(s, element, 16);
        if (sixteenth < 0 || sixteenth + 2 >= s.length()) {
            throw new BankFileException(F, "ISA header does not have 16 elements");
        }
        char terminator = s.charAt(sixteenth + 2);
        boolean lineTerminated = terminator == '\r' || terminator == '\n';
        List<Segment> segments = new ArrayList<>();
        String[] raw = lineTerminated ? s.split("\r\n|\r|\n") : s.split(java.util.regex.Pattern.quote(String.valueOf(terminator)));
        for (String r : raw) {
            String seg = r.replace("\r", "").replace("\n", "");
            if (seg.isBlank()) {
                continue;
            }
            if (segments.size() >= maxSegments) {
                throw new BankFileException(F, "more than " + maxSegments + " segments");
            }
            List<String> elements = List.of(seg.split(java.util.regex.Pattern.quote(String.valueOf(element)), -1));
            String id = elements.get(0).strip();
            if (!id.matches("[A-Z0-9]{2,3}")) {
                throw new BankFileException(F, "segment " + (segments.size() + 1) + ": '" + abbreviate(seg)
                        + "' does not start with a segment id");
            }
            segments.add(new Segment(id, elements, segments.size() + 1));
        }
        return segments;
    }

    private static int nthIndexOf(String s, char c, int n) {
        int idx = -1;
        for (int i = 0; i < n; i++) {
            idx = s.indexOf(c, idx + 1);
            if (idx < 0) {
                return -1;
            }
        }
        return idx;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
