package io.clearline.extraction.bank;

import static io.clearline.extraction.bank.Corpus.accepted;
import static io.clearline.extraction.bank.Corpus.read;
import static io.clearline.extraction.bank.Corpus.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Bai2ReaderTest {

    private static final String LOCKBOX = """
            01,BANKID,CLEARLINE,240315,0800,1,,,2/
            02,CLEARLINE,BANKID,1,240314,,USD,2/
            03,123456789,USD,010,1000000,,,100,175050,2,/
            16,175,125050,V,240315,,BR001,CR001,ACME CORP INV 4711 4712/
            88,DBNM: ACME CORP
            16,195,50000,,BR002,CR002,WIRE FROM GLOBEX/
            16,475,20000,,BR003,,CHECK PAID/
            49,1370100,6/
            98,1370100,1,8/
            99,1370100,1,10/
            """;

    @Test
    void readsCreditsAsPaymentsAndChecksEveryTrailer() {
        BankFileResult.Accepted file = accepted(read(LOCKBOX));

        assertThat(file.format()).isEqualTo(BankFileFormat.BAI2);
        assertThat(file.payments()).hasSize(2);
        Payment first = file.payments().get(0);
        assertThat(first.amount()).isEqualTo(Money.of("1250.50", "USD"));
        assertThat(first.valueDate()).isEqualTo(LocalDate.of(2024, 3, 15)); // funds type V value date
        assertThat(first.payerName()).contains("ACME CORP");
        assertThat(first.referenceText()).contains("BR001", "CR001", "INV 4711 4712");
        Payment second = file.payments().get(1);
        assertThat(second.valueDate()).isEqualTo(LocalDate.of(2024, 3, 14)); // group as-of date
        assertThat(file.statements().get(0).entries()).hasSize(3); // the 475 debit is kept, not paid
    }

    @Test
    void wrongAccountTotalIsRejectedWithRecordAndBothFigures() {
        BankFileResult.Rejected r = rejected(read(LOCKBOX.replace("49,1370100,6/", "49,1370000,6/")));

        assertThat(r.reason()).contains("record 8 (49", "states 1370000", "add up to 1370100");
    }

    @Test
    void wrongRecordCountIsRejected() {
        assertThat(rejected(read(LOCKBOX.replace("98,1370100,1,8/", "98,1370100,1,9/"))).reason())
                .contains("number of records", "states 9", "found 8");
    }

    @Test
    void mismatchCanBeAcceptedWithWarningByConfiguration() {
        BankFileResult result = PaymentFiles.read(LOCKBOX.replace("49,1370100,6/", "49,1370000,6/"), "x",
                BankFileSettings.defaults().acceptingMismatches());

        BankFileResult.Accepted file = accepted(result);
        assertThat(file.payments()).hasSize(2);
        assertThat(file.warnings()).anyMatch(w -> w.contains("states 1370000"));
    }

    @Test
    void truncatedFileIsRejected() {
        String truncated = LOCKBOX.substring(0, LOCKBOX.indexOf("98,"));

        assertThat(rejected(read(truncated)).reason()).contains("truncated", "98");
    }

    @Test
    void latin1AndUtf16BytesAreRejectedAsWrongEncoding() {
        byte[] latin1 = LOCKBOX.replace("ACME CORP INV", "ACMÉ CORP INV").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(rejected(PaymentFiles.read(latin1, "x")).reason()).contains("not valid ASCII/UTF-8", "line 4");

        byte[] utf16 = LOCKBOX.getBytes(StandardCharsets.UTF_16);
        assertThat(rejected(PaymentFiles.read(utf16, "x")).reason()).contains("UTF-16");
    }

    @Test
    void blankAccountTrailerTotalIsAcceptedWithWarningBecauseGroupTotalsCoverIt() {
        BankFileResult.Accepted file = accepted(PaymentFiles.read(
                Corpus.bytes("bai2-ministryofjustice/account_trailer_amount_blank_example.bai2"), "x"));

        assertThat(file.statements()).hasSize(2);
        assertThat(file.warnings()).anyMatch(w -> w.contains("states no control total"));
    }

    @Test
    void corpusSampleWithContinuationsAddsUpToItsTrailers() {
        BankFileResult.Accepted file = accepted(PaymentFiles.read(Corpus.bytes("bai2-moov/sample1.txt"), "x"));

        // 03 summary amounts continue on an 88; 16 detail types 108 are credits, 409 debits.
        assertThat(file.statements()).hasSize(2);
        assertThat(file.payments()).extracting(Payment::amount)
                .containsExactly(Money.of("2035.00", "CAD"), Money.of("25.00", "CAD"), Money.of("25.00", "CAD"),
                        Money.of("115.00", "CAD"), Money.of("1000.00", "CAD"));
    }

    @Test
    void severalRecordsOnOneLineAndWrappedTextAreRead() {
        BankFileResult.Accepted file = accepted(PaymentFiles.read(Corpus.bytes("bai2-moov/sample3.txt"), "x"));

        assertThat(file.warnings()).anyMatch(w -> w.contains("without an 88 record code"));
        assertThat(file.statements()).hasSize(15);
    }

    @Test
    void lockboxItemsAreThePaymentsAndTheirDepositIsNotCountedTwice() {
        String lockbox = """
                01,BANKID,CLEARLINE,240315,0800,1,,,2/
                02,CLEARLINE,BANKID,1,240315,,USD,2/
                03,123456789,USD,110,300000,2,/
                16,115,300000,,LBX-1,,LOCKBOX 4711 DEPOSIT/
                16,116,100000,,LBX-1-1,CHK1001,ACME CORP/
                88,EREF: INV-1
                16,116,200000,,LBX-1-2,CHK1002,GLOBEX/
                49,900000,6/
                98,900000,1,8/
                99,900000,1,10/
                """;

        BankFileResult.Accepted file = accepted(read(lockbox));

        assertThat(file.payments()).extracting(Payment::amount)
                .containsExactly(Money.of("1000.00", "USD"), Money.of("2000.00", "USD"));
        assertThat(file.warnings()).anyMatch(w -> w.contains("lockbox deposit") && w.contains("itemised"));
        assertThat(file.traces().get(0).reference(PaymentTrace.Kind.BANK_REFERENCE)).contains("LBX-1-1");
        assertThat(file.traces().get(0).reference(PaymentTrace.Kind.END_TO_END_ID)).contains("INV-1");
        assertThat(file.traces()).allSatisfy(t -> assertThat(t.account()).isEqualTo("123456789"));
    }

    @Test
    void moovSampleWhoseTrailersContradictItsRecordsIsReadWholeButRefusedByDefault() {
        byte[] sample = Corpus.bytes("bai2-moov/sample4-continuations-newline-delimited.txt");

        BankFileResult.Accepted read = accepted(PaymentFiles.read(sample, "x", BankFileSettings.defaults().acceptingMismatches()));
        BankFileResult.Rejected refused = rejected(PaymentFiles.read(sample, "x"));

        // five accounts are present; the group trailer counts four, as if account 107049932 were not there
        assertThat(read.statements()).hasSize(5);
        assertThat(read.warnings()).anyMatch(w -> w.contains("number of accounts states 4, found 5"));
        assertThat(refused.reason()).startsWith("totals do not agree: record 22 (49, line 22)")
                .contains("states -1260161341762, records add up to 7999960");
    }

    @Test
    void fileNotStartingWithHeaderIsRejected() {
        assertThat(rejected(PaymentFiles.read(Corpus.bytes("bai2-moov/errors/sample-parseError.txt"), "x")).reason())
                .contains("01 file header");
    }
}
