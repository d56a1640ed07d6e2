package io.clearline.extraction.bank;

import static io.clearline.extraction.bank.Corpus.accepted;
import static io.clearline.extraction.bank.Corpus.read;
import static io.clearline.extraction.bank.Corpus.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Mt940ReaderTest {

    private static final String STATEMENT = """
            {1:F01DEUTDEFFAXXX0000000000}{2:O9401200240315DEUTDEFFAXXX00000000002403151200N}{4:
            :20:STMT240315
            :25:37040044/0532013000
            :28C:00055/001
            :60F:C240314EUR10000,00
            :61:2403150315CR1250,50NTRFNONREF//BANKREF1
            :86:166?00GUTSCHRIFT?20INV-4711 INV-4712?3037040044?31DE02120300000000202051?32ACME GMBH
            :61:2403150315D75,10NMSCNONREF
            :86:805?00ENTGELT
            :61:2403150315RC20,00NRTINONREF
            :62F:C240315EUR11155,40
            -}
            """;

    @Test
    void creditsBecomePaymentsWithPayerFromStructuredDetails() {
        BankFileResult.Accepted file = accepted(read(STATEMENT));

        assertThat(file.format()).isEqualTo(BankFileFormat.MT940);
        assertThat(file.payments()).hasSize(1);
        Payment p = file.payments().get(0);
        assertThat(p.amount()).isEqualTo(Money.of("1250.50", "EUR"));
        assertThat(p.valueDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(p.payerName()).contains("ACME GMBH");
        assertThat(p.payerAccount()).contains("DE02120300000000202051");
        assertThat(p.referenceText()).contains("INV-4711 INV-4712", "BANKREF1");
        // RC (reversal of a credit) is a debit: 10000 + 1250.50 - 75.10 - 20.00 = 11155.40
        assertThat(file.statements().get(0).closingBalance()).contains(Money.of("11155.40", "EUR"));
    }

    @Test
    void balancesThatDoNotAddUpRejectTheStatementWithBothFigures() {
        BankFileResult.Rejected r = rejected(read(STATEMENT.replace(":62F:C240315EUR11155,40", ":62F:C240315EUR11155,41")));

        assertThat(r.reason()).contains("opening balance 10000.00", "gives 11155.40", "closing balance states 11155.41");
    }

    @Test
    void mt942EntrySumsAreChecked() {
        String mt942 = """
                :20:INTRADAY1
                :25:NL91ABNA0417164300
                :28C:1/1
                :34F:EUR0,
                :13D:2403151200+0100
                :61:2403150315C100,00NTRFREF1
                :86:/NAME/GLOBEX BV/REMI/INV 88/
                :90D:0EUR0,
                :90C:1EUR100,00
                """;
        BankFileResult.Accepted file = accepted(read(mt942));
        assertThat(file.format()).isEqualTo(BankFileFormat.MT942);
        assertThat(file.payments()).singleElement().satisfies(p -> {
            assertThat(p.payerName()).contains("GLOBEX BV");
            assertThat(p.referenceText()).contains("INV 88");
        });

        assertThat(rejected(read(mt942.replace(":90C:1EUR100,00", ":90C:2EUR100,00"))).reason())
                .contains(":90C: states 2 entries");
    }

    @Test
    void latin1StatementIsReadWithANote() {
        BankFileResult result = PaymentFiles.read(Corpus.bytes("mt940-wolph/self-provided/raiffeisen-cmi.sta"), "x",
                BankFileSettings.defaults().acceptingMismatches());

        BankFileResult.Accepted file = accepted(result);
        assertThat(file.warnings()).anyMatch(w -> w.contains("ISO-8859-1"));
        assertThat(file.statements().get(0).entries()).hasSize(7);
    }

    @Test
    void truncatedStatementLineIsRejected() {
        String truncated = STATEMENT.substring(0, STATEMENT.indexOf(":61:2403150315CR") + 12);

        assertThat(rejected(read(truncated)).reason()).contains(":61:");
    }

    @Test
    void aReversalOfACreditIsADebitAsTheCorpusStatementsOwnBalancesShow() {
        // betterplace/sepa_mt9401: statements 1 and 5 hold an RC entry and balance only with RC as a debit
        BankFileResult.Accepted file = accepted(PaymentFiles.read(Corpus.bytes("mt940-wolph/betterplace/sepa_mt9401.sta"), "x"));

        assertThat(file.warnings()).noneMatch(w -> w.contains("totals do not agree"));
        assertThat(file.statements().get(0).entries()).filteredOn(e -> e.typeCode().equals("NRTI")).singleElement()
                .satisfies(e -> assertThat(e.signedAmount()).isEqualTo(Money.of("-204.88", "EUR")));
    }

    @Test
    void sepaEndToEndIdAndBankReferenceTraceThePayment() {
        String sepa = STATEMENT.replace(":86:166?00GUTSCHRIFT?20INV-4711 INV-4712",
                ":86:166?00GUTSCHRIFT?20EREF+E2E-77?21 SVWZ+INV-4711 INV-4712");

        BankFileResult.Accepted file = accepted(read(sepa));

        assertThat(file.traces()).singleElement().satisfies(t -> {
            assertThat(t.account()).isEqualTo("37040044/0532013000");
            assertThat(t.reference(PaymentTrace.Kind.BANK_REFERENCE)).contains("BANKREF1");
            assertThat(t.reference(PaymentTrace.Kind.END_TO_END_ID)).contains("E2E-77");
        });
    }

    @Test
    void fragmentWithoutCurrencyCannotBeImported() {
        assertThat(rejected(PaymentFiles.read(Corpus.bytes("mt940-wolph/cmxl/statement_line.sta"), "x")).reason())
                .contains("no currency");
    }
}
