package io.clearline.extraction.bank;

import io.clearline.extraction.bank.bai2.Bai2Reader;
import io.clearline.extraction.bank.camt.CamtReader;
import io.clearline.extraction.bank.mt940.Mt940Reader;
import io.clearline.extraction.bank.x12.X12Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Entry point of payment-file intake: detects the format from content, reads the whole file, checks
 * its control totals and counts, and returns either every payment in it or none with the reason.
 * Never throws for bad input: a hostile or broken file is a {@link BankFileResult.Rejected}.
 */
public final class PaymentFiles {

    private PaymentFiles() {
    }

    public static BankFileResult read(byte[] content, String fileNameHint) {
        return read(content, fileNameHint, BankFileSettings.defaults());
    }

    /** @param fileNameHint used only in messages; the format comes from the content */
    public static BankFileResult read(byte[] content, String fileNameHint, BankFileSettings settings) {
        byte[] bytes = content == null ? new byte[0] : content;
        String sha = sha256(bytes);
        if (bytes.length > settings.maxFileBytes()) {
            return new BankFileResult.Rejected(BankFileFormat.UNKNOWN, sha, "file is " + bytes.length
                    + " bytes, over the limit of " + settings.maxFileBytes());
        }
        StringBuilder why = new StringBuilder();
        BankFileFormat format = FormatDetection.detect(bytes, why);
        if (format == BankFileFormat.UNKNOWN) {
            return new BankFileResult.Rejected(format, sha, why.toString());
        }
        if (format == BankFileFormat.NACHA) {
            return new BankFileResult.Rejected(format, sha, "NACHA ACH files are not a supported payment-file format");
        }
        try {
            ParsedFile parsed = parse(format, bytes, sha, settings);
            return judge(parsed, sha, settings);
        } catch (BankFileException e) {
            return new BankFileResult.Rejected(e.format(), sha, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug must not take intake down; the file is refused and the cause kept in the reason.
            return new BankFileResult.Rejected(format, sha, "unreadable " + format + " file"
                    + (fileNameHint == null ? "" : " " + fileNameHint) + ": " + e);
        }
    }

    private static ParsedFile parse(BankFileFormat format, byte[] bytes, String sha, BankFileSettings settings) {
        PaymentIds ids = PaymentIds.of(format, sha);
        return switch (format) {
            case BAI2 -> Bai2Reader.read(bytes, ids, settings);
            case CAMT_052, CAMT_053, CAMT_054 -> CamtReader.read(bytes, format, ids, settings);
            case MT940, MT942 -> Mt940Reader.read(bytes, format, ids, settings);
            case X12_820 -> X12Reader.read(bytes, ids, settings);
            default -> throw new BankFileException(format, "unsupported format " + format);
        };
    }

    private static BankFileResult judge(ParsedFile parsed, String sha, BankFileSettings settings) {
        List<String> mismatches = parsed.totalsMismatches();
        if (!mismatches.isEmpty() && settings.rejectsMismatchesIn(parsed.format())) {
            String more = mismatches.size() > 1 ? " (and " + (mismatches.size() - 1) + " more: "
                    + String.join("; ", mismatches.subList(1, Math.min(mismatches.size(), 4))) + ")" : "";
            return new BankFileResult.Rejected(parsed.format(), sha, "totals do not agree: " + mismatches.get(0) + more);
        }
        List<String> warnings = new ArrayList<>(parsed.notes());
        mismatches.forEach(m -> warnings.add("totals do not agree (accepted by configuration): " + m));
        return new BankFileResult.Accepted(parsed.format(), sha, parsed.payments(), parsed.traces(), parsed.statements(),
                warnings);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** For callers holding text (tests, API bodies). */
    public static BankFileResult read(String content, String fileNameHint, BankFileSettings settings) {
        return read(content.getBytes(StandardCharsets.UTF_8), fileNameHint, settings);
    }
}
