package io.clearline.extraction.bank;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a payment file's format from its first bytes, never from its name. */
final class FormatDetection {

    private static final Pattern CAMT = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.05([234])\\.001\\.\\d\\d");
    private static final Pattern SWIFT_TAG = Pattern.compile("(?m)^:(20|25|28C|60F|61|62F|34F|13D):");
    private static final Pattern BAI_LIKE = Pattern.compile("^\\d\\d,");

    private FormatDetection() {
    }

    /** The format, or UNKNOWN; {@code why} gets a human reason when UNKNOWN. */
    static BankFileFormat detect(byte[] bytes, StringBuilder why) {
        if (TextFiles.looksUtf16OrBinary(bytes)) {
            why.append("not ASCII/UTF-8 text (UTF-16 byte-order mark or NUL bytes): no payment-file format recognised");
            return BankFileFormat.UNKNOWN;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        String trimmed = head.replaceFirst("^(\u00EF\u00BB\u00BF)?[\\s\\x01]*", "");
        if (trimmed.isEmpty()) {
            why.append("empty file");
            return BankFileFormat.UNKNOWN;
        }
        if (trimmed.startsWith("<")) {
            Matcher m = CAMT.matcher(head);
            if (m.find()) {
                return switch (m.group(1)) {
                    case "2" -> BankFileFormat.CAMT_052;
                    case "3" -> BankFileFormat.CAMT_053;
                    default -> BankFileFormat.CAMT_054;
                };
            }
            why.append("XML document without an ISO 20022 camt.052/053/054 namespace");
            return BankFileFormat.UNKNOWN;
        }
        if (trimmed.startsWith("ISA")) {
            return BankFileFormat.X12_820;
        }
        if (trimmed.startsWith("UNA") || trimmed.startsWith("UNB")) {
            why.append("UN/EDIFACT interchange: not a supported payment-file format");
            return BankFileFormat.UNKNOWN;
        }
        if (BAI_LIKE.matcher(trimmed).find()) {
            return BankFileFormat.BAI2;
        }
        if (trimmed.startsWith("101") || trimmed.startsWith("5")
                && trimmed.lines().findFirst().map(String::length).orElse(0) == 94) {
            return BankFileFormat.NACHA;
        }
        if (head.contains("{4:") || SWIFT_TAG.matcher(head).find()) {
            return head.contains("{2:I942") || head.contains("{2:O942") || head.contains(":34F:")
                    ? BankFileFormat.MT942 : BankFileFormat.MT940;
        }
        why.append("no payment-file format recognised (expected BAI2, camt.052/053/054, MT940/MT942 or X12 820);"
                + " file starts with '" + printable(trimmed) + "'");
        return BankFileFormat.UNKNOWN;
    }

    private static String printable(String s) {
        String first = s.length() > 40 ? s.substring(0, 40) : s;
        return first.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
