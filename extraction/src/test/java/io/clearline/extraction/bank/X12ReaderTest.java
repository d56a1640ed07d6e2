package io.clearline.extraction.bank;

import static io.clearline.extraction.bank.Corpus.accepted;
import static io.clearline.extraction.bank.Corpus.read;
import static io.clearline.extraction.bank.Corpus.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class X12ReaderTest {

    private static final String FILE = "x12-edinet/x12.820.issue140.edi";

    @Test
    void remittanceAdviceFromCorpusCarriesEveryInvoice() {
        BankFileResult.Accepted file = accepted(PaymentFiles.read(Corpus.bytes(FILE), FILE));

        Payment p = file.payments().get(0);
        assertThat(p.amount()).isEqualTo(Money.of("21298.97", "USD"));
        assertThat(p.valueDate()).isEqualTo(LocalDate.of(2019, 10, 29));
        assertThat(p.payerName()).contains("MART INC.");
        assertThat(p.referenceText()).contains("4529952");
        assertThat(p.remittanceLines()).hasSize(7).allMatch(RemittanceLine::isConsistent);
        RemittanceLine first = p.remittanceLines().get(0);
        assertThat(first.invoiceReference()).isEqualTo("26801");
        assertThat(first.grossAmount()).contains(Money.of("4650.41", "USD"));
        assertThat(first.discountAmount()).contains(Money.of("97.90", "USD"));
        assertThat(first.deductionAmount()).contains(Money.of("143.76", "USD"));
        assertThat(first.deductionReason()).contains("59");
        assertThat(first.paidAmount()).contains(Money.of("4408.75", "USD"));
        assertThat(first.invoiceDate()).contains(LocalDate.of(2019, 9, 4));
    }

    @Test
    void segmentCountThatDisagreesRejectsTheFile() {
        String text = Corpus.text(FILE).replace("SE*68*101053", "SE*67*101053");

        assertThat(rejected(read(text)).reason()).contains("SE", "states '67', found 68");
    }

    @Test
    void paymentAmountThatDisagreesWithRemittanceRejectsTheFile() {
        String text = Corpus.text(FILE).replace("BPR*I*21298.97*", "BPR*I*21298.99*");

        assertThat(rejected(read(text)).reason()).contains("BPR02 states 21298.99", "add up to 21298.97");
    }

    @Test
    void truncatedInterchangeIsRejected() {
        String text = Corpus.text(FILE);

        assertThat(rejected(read(text.substring(0, text.indexOf("GE*")))).reason()).contains("truncated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x12-ediengine/ControlNumbersMismatch.edi", "x12-ediengine/WrongGroupsAndTranCount.edi",
            "x12-ediengine/940_Failed_SE01.edi", "x12-ediengine/NonEdi.edi", "x12-staedi/x12/invalid997.edi",
            "x12-ediengine/850.SyntaxNotes.ERR.edi"})
    void corpusFilesMarkedBadAreRejected(String name) {
        assertThat(rejected(PaymentFiles.read(Corpus.bytes(name), name)).reason()).isNotBlank();
    }

    @Test
    void envelopeErrorsAreReportedBeforeTheTransactionType() {
        BankFileResult.Rejected r = rejected(PaymentFiles.read(Corpus.bytes("x12-ediengine/ControlNumbersMismatch.edi"), "x"));

        assertThat(r.reason()).contains("control number");
    }
}
