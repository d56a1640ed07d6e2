package io.clearline.extraction.bank;

/**
 * How strict payment-file intake is. Spring-free so the parsers stay plain Java; the app binds it
 * from {@code clearline.extraction.bank.*}.
 *
 * @param rejectOnTotalsMismatch a file whose control totals or counts disagree is refused as a whole
 *                               (default); when false it is accepted and every disagreement becomes a warning
 * @param maxFileBytes           larger files are refused before parsing (memory guard)
 * @param maxRecords             files with more records, segments or XML elements are refused
 */
public record BankFileSettings(boolean rejectOnTotalsMismatch, int maxFileBytes, int maxRecords) {

    public BankFileSettings {
        if (maxFileBytes <= 0 || maxRecords <= 0) {
            throw new IllegalArgumentException("size limits must be positive");
        }
    }

    public static BankFileSettings defaults() {
        return new BankFileSettings(true, 50 * 1024 * 1024, 1_000_000);
    }

    public BankFileSettings acceptingMismatches() {
        return new BankFileSettings(false, maxFileBytes, maxRecords);
    }
}
