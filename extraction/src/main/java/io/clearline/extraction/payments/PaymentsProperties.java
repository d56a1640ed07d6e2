package io.clearline.extraction.payments;

import io.clearline.extraction.bank.BankFileFormat;
import io.clearline.extraction.bank.BankFileSettings;
import java.util.Set;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Payment-file import ({@code clearline.payments.*}); a property left out takes the default below.
 *
 * @param rejectOnTotalsMismatch a file whose control totals or counts disagree is refused as a whole
 *                               (default true); false accepts it and records each disagreement as a warning
 * @param maxFileSize            larger files are refused before parsing, default 50MB
 * @param acceptMismatchesIn     formats accepted with a warning when their totals disagree, while the others
 *                               are still refused (e.g. {@code BAI2} from a bank whose trailers are known wrong)
 */
@Validated
@ConfigurationProperties("clearline.payments")
public record PaymentsProperties(@NotNull Boolean rejectOnTotalsMismatch, @NotNull DataSize maxFileSize,
                                 Set<BankFileFormat> acceptMismatchesIn) {

    public PaymentsProperties {
        acceptMismatchesIn = acceptMismatchesIn == null ? Set.of() : Set.copyOf(acceptMismatchesIn);
        rejectOnTotalsMismatch = rejectOnTotalsMismatch == null ? Boolean.TRUE : rejectOnTotalsMismatch;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(50) : maxFileSize;
        if (maxFileSize.toBytes() <= 0 || maxFileSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("clearline.payments.max-file-size must be between 1 byte and 2GB");
        }
    }

    public static PaymentsProperties defaults() {
        return new PaymentsProperties(null, null, null);
    }

    /** The parsers' settings; the record limit keeps the parsers' own default. */
    public BankFileSettings toSettings() {
        return new BankFileSettings(rejectOnTotalsMismatch, (int) maxFileSize.toBytes(),
                BankFileSettings.defaults().maxRecords(), acceptMismatchesIn);
    }
}
