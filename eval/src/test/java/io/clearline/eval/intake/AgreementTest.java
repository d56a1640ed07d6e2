package io.clearline.eval.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.extraction.bank.BankFileFormat;
import io.clearline.extraction.bank.BankFileResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final CorpusFile MOOV = new CorpusFile(Path.of("sample.txt"), "BAI2", CorpusFile.Role.AGREE,
            Optional.empty(), "must parse and validate");
    private static final BankFileResult READ = new BankFileResult.Accepted(BankFileFormat.BAI2, "0", List.of(), List.of(),
            List.of(), List.of());

    @Test
    void wolphsPositiveReversalOfACreditIsReadWithSwiftsDebitSign() {
        assertThat(Agreement.swiftSigned(new BigDecimal("204.88"), "RC")).isEqualByComparingTo("-204.88");
        assertThat(Agreement.swiftSigned(new BigDecimal("204.88"), "RD")).isEqualByComparingTo("204.88");
        assertThat(Agreement.swiftSigned(new BigDecimal("-10.00"), "D")).isEqualByComparingTo("-10.00");
    }

    @Test
    void aMoovSampleAgreesWhenReadWholeAndRefusedOnlyForItsTrailers() {
        BankFileResult trailers = new BankFileResult.Rejected(BankFileFormat.BAI2, "0",
                "totals do not agree: record 22 (49, line 22): account control total ...");
        BankFileResult structure = new BankFileResult.Rejected(BankFileFormat.BAI2, "0", "file is truncated: ...");

        assertThat(Agreement.check(MOOV, READ, READ)).isEmpty();
        assertThat(Agreement.check(MOOV, trailers, READ)).isEmpty();
        assertThat(Agreement.check(MOOV, structure, READ)).hasValueSatisfying(d -> assertThat(d).contains("truncated"));
        assertThat(Agreement.check(MOOV, structure, structure)).hasValueSatisfying(d -> assertThat(d).startsWith("not read"));
    }
}
