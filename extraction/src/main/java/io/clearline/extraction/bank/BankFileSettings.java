package io.clearline.extraction.bank;

import java.util.EnumSet;
import java.util.Set;

/**
 * How strict payment-file intake is. Spring-free so the parsers stay plain Java; the app binds it
 * from {@code clearline.extraction.bank.*}.
 *
 * @param rejectOnTotalsMismatch a file whose control totals or counts disagree is refused as a whole
 *                               (default); when false it is accepted and every disagreement becomes a warning
 * @param maxFileBytes           larger files are refused before parsing (memory guard)
 * @param maxRecords             files with more records, segments or XML elements are refused
 * @param acceptMismatchesIn     formats whose totals disagreements are accepted with a warning even when
 *                               {@code rejectOnTotalsMismatch} holds for the rest (e.g. one bank's BAI2
 *                               whose trailers are known to be wrong)
 */
public record BankFileSettings(boolean rejectOnTotalsMismatch, int maxFileBytes, int maxRecords,
                               Set<BankFileFormat> acceptMismatchesIn) {

    public BankFileSettings {
        if (maxFileBytes <= 0 || maxRecords <= 0) {
            throw new IllegalArgumentException("size limits must be positive");
        }
        acceptMismatchesIn = acceptMismatchesIn == null || acceptMismatchesIn.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(acceptMismatchesIn));
    }

    public BankFileSettings(boolean rejectOnTotalsMismatch, int maxFileBytes, int maxRecords) {
        this(rejectOnTotalsMismatch, maxFileBytes, maxRecords, Set.of());
    }

    /** Whether a file of this format is refused when its totals or counts disagree. */
    public boolean rejectsMismatchesIn(BankFileFormat format) {
        return rejectOnTotalsMismatch && !acceptMismatchesIn.contains(format);
    }

    public static BankFileSettings defaults() {
        return new BankFileSettings(true, 50 * 1024 * 1024, 1_000_000);
    }

    public BankFileSettings acceptingMismatches() {
        return new BankFileSettings(false, maxFileBytes, maxRecords, acceptMismatchesIn);
    }
}
