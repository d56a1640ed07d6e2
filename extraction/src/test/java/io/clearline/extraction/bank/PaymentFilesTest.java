package io.clearline.extraction.bank;

import static io.clearline.extraction.bank.Corpus.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentFilesTest {

    @ParameterizedTest
    @CsvSource({
            "bai2-moov/sample1.txt, BAI2",
            "camt-genkgo/camt052.v4.xml, CAMT_052",
            "camt-genkgo/camt053.v8.xml, CAMT_053",
            "camt-genkgo/camt054.v2.xml, CAMT_054",
            "mt940-wolph/mBank/mt940.sta, MT940",
            "mt940-wolph/mBank/mt942.sta, MT942",
            "x12-edinet/x12.820.issue140.edi, X12_820",
            "nacha-moov-ach/ppd-credit.ach, NACHA"})
    void formatComesFromContentNotName(String file, BankFileFormat format) {
        BankFileResult result = PaymentFiles.read(Corpus.bytes(file), "misleading-name.csv",
                BankFileSettings.defaults().acceptingMismatches());

        assertThat(result.format()).isEqualTo(format);
    }

    @Test
    void nachaIsRefusedAsUnsupported() {
        assertThat(rejected(PaymentFiles.read(Corpus.bytes("nacha-moov-ach/ctx-debit.ach"), "x")).reason())
                .contains("not a supported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "hello world", "%PDF-1.7\n1 0 obj", "<html><body>no</body></html>"})
    void unknownContentIsRejectedWithReason(String content) {
        BankFileResult.Rejected r = rejected(PaymentFiles.read(content.getBytes(StandardCharsets.UTF_8), "x"));

        assertThat(r.format()).isEqualTo(BankFileFormat.UNKNOWN);
    }

    @Test
    void nullContentIsRejected() {
        assertThat(rejected(PaymentFiles.read((byte[]) null, null)).reason()).contains("empty");
    }

    @Test
    void oversizedFileIsRejectedBeforeParsing() {
        BankFileSettings small = new BankFileSettings(true, 100, 1000);

        assertThat(rejected(PaymentFiles.read(Corpus.bytes("bai2-moov/sample1.txt"), "x", small)).reason())
                .contains("over the limit of 100");
    }

    @Test
    void tooManyRecordsAreRejected() {
        BankFileSettings fewRecords = new BankFileSettings(true, 1_000_000, 5);

        assertThat(rejected(PaymentFiles.read(Corpus.bytes("bai2-moov/sample1.txt"), "x", fewRecords)).reason())
                .contains("more than 5 records");
        assertThat(rejected(PaymentFiles.read(Corpus.bytes("camt-genkgo/camt053.v8.xml"), "x", fewRecords)).reason())
                .contains("too large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bai2-moov/sample1.txt", "bai2-ministryofjustice/citi_example.bai2",
            "camt-genkgo/camt054.v8.xml", "x12-edinet/x12.820.issue140.edi"})
    void everyTruncationOfAFileWithTrailersIsRejected(String file) {
        byte[] bytes = Corpus.bytes(file);
        String whole = new String(bytes, StandardCharsets.UTF_8).stripTrailing();
        for (int cut = 1; cut < whole.length() - 1; cut += Math.max(1, whole.length() / 150)) {
            BankFileResult r = PaymentFiles.read(whole.substring(0, cut), "x", BankFileSettings.defaults());
            assertThat(r).as("cut at %d", cut).isInstanceOf(BankFileResult.Rejected.class);
        }
    }

    @Test
    void randomBytesAndMutatedFilesNeverEscapeAsExceptions() {
        Random random = new Random(42);
        String[] seeds = {"bai2-moov/sample4-continuations-newline-delimited.txt", "camt-genkgo/camt053.v2.minimal.xml",
                "mt940-wolph/jejik/ing.sta", "x12-edinet/x12.820.issue140.edi"};
        for (int i = 0; i < 400; i++) {
            byte[] bytes = Corpus.bytes(seeds[i % seeds.length]).clone();
            for (int k = 0; k < 1 + random.nextInt(8); k++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            BankFileResult r = PaymentFiles.read(bytes, "fuzz");
            assertThat(r).isNotNull();
            if (r instanceof BankFileResult.Rejected rejected) {
                // a reason from the readers, not the last-resort catch that would hide a reader bug
                assertThat(rejected.reason()).isNotBlank().doesNotStartWith("unreadable");
            }
        }
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        assertThat(rejected(PaymentFiles.read(noise, "noise")).reason()).isNotBlank();
    }

    @Test
    void paymentIdsDependOnlyOnTheBytesAndPosition() {
        byte[] bytes = Corpus.bytes("x12-edinet/x12.820.issue140.edi");
        BankFileResult.Accepted first = Corpus.accepted(PaymentFiles.read(bytes, "a.edi"));
        BankFileResult.Accepted second = Corpus.accepted(PaymentFiles.read(bytes.clone(), "b.edi"));
        String changed = new String(bytes, StandardCharsets.UTF_8).replace("TRN*3*4529952", "TRN*3*4529953");
        BankFileResult.Accepted other = Corpus.accepted(PaymentFiles.read(changed, "a.edi", BankFileSettings.defaults()));

        assertThat(second.payments().get(0).id()).isEqualTo(first.payments().get(0).id());
        assertThat(first.payments().get(0).id().value()).matches("x12-820-[0-9a-f]{16}-t1");
        assertThat(other.payments().get(0).id()).isNotEqualTo(first.payments().get(0).id());
    }
}
