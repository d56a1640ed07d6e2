package io.clearline.extraction.bank;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a line-oriented payment file (BAI2, MT940, X12) into text, refusing what is not
 * text: UTF-16, NUL bytes, control characters and (except where a fallback is allowed) invalid UTF-8.
 * Guessing an encoding silently would corrupt names and references, so a refusal names the byte.
 */
public final class TextFiles {

    private TextFiles() {
    }

    static boolean looksUtf16OrBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return true;
        }
        int limit = Math.min(bytes.length, 4096);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param latin1Fallback read invalid UTF-8 as ISO-8859-1 (with a note) instead of refusing; used
     *                       for MT940, which European banks commonly deliver in Latin-1
     * @param allowedControls control characters tolerated besides TAB/CR/LF (SWIFT's SOH/ETX), dropped
     */
    public static String decode(byte[] bytes, BankFileFormat format, boolean latin1Fallback, String allowedControls,
                         List<String> notes) {
        if (looksUtf16OrBinary(bytes)) {
            throw new BankFileException(format, "not a text file in ASCII/UTF-8: UTF-16 byte-order mark or NUL bytes"
                    + " (offset " + firstNul(bytes) + "); re-export the file as ASCII/UTF-8");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes, start);
            if (!latin1Fallback) {
                throw new BankFileException(format, "not valid ASCII/UTF-8: byte 0x"
                        + String.format("%02X", bytes[offset] & 0xFF) + " at offset " + offset
                        + " (line " + lineAt(bytes, offset) + ")");
            }
            notes.add("not valid UTF-8 (byte 0x" + String.format("%02X", bytes[offset] & 0xFF) + " at line "
                    + lineAt(bytes, offset) + "); read as ISO-8859-1");
            text = new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
        StringBuilder clean = new StringBuilder(text.length());
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                if (allowedControls.indexOf(c) >= 0) {
                    continue;
                }
                throw new BankFileException(format, "binary control character 0x"
                        + String.format("%02X", (int) c) + " at line " + line);
            }
            clean.append(c);
        }
        return clean.toString();
    }

    private static int firstNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return 0;
    }

    private static int firstInvalidUtf8(byte[] bytes, int start) {
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : -1;
            if (extra < 0 || i + extra >= bytes.length + (extra == 0 ? 1 : 0)) {
                return i;
            }
            for (int k = 1; k <= extra; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += extra + 1;
        }
        return Math.max(start, bytes.length - 1);
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
