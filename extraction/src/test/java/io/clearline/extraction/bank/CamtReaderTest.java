package io.clearline.extraction.bank;

import static io.clearline.extraction.bank.Corpus.accepted;
import static io.clearline.extraction.bank.Corpus.read;
import static io.clearline.extraction.bank.Corpus.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class CamtReaderTest {

    /** A camt.054 credit notification: one batch entry with two customer payments and structured remittance. */
    static String notification(String summary) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
                 <BkToCstmrDbtCdtNtfctn>
                  <GrpHdr><MsgId>MSG1</MsgId><CreDtTm>2024-03-15T10:00:00</CreDtTm></GrpHdr>
                  <Ntfctn>
                   <Id>N1</Id>
                   <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
                   %s
                   <Ntry>
                    <Amt Ccy="EUR">1500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                    <BookgDt><Dt>2024-03-15</Dt></BookgDt><ValDt><Dt>2024-03-15</Dt></ValDt>
                    <AcctSvcrRef>BANKREF-1</AcctSvcrRef>
                    <NtryDtls>
                     <TxDtls>
                      <Refs><EndToEndId>E2E-ACME-1</EndToEndId></Refs>
                      <Amt Ccy="EUR">1000.00</Amt>
                      <RltdPties><Dbtr><Pty><Nm>ACME GmbH</Nm></Pty></Dbtr>
                       <DbtrAcct><Id><IBAN>DE02120300000000202051</IBAN></Id></DbtrAcct></RltdPties>
                      <RmtInf><Strd>
                       <RfrdDocInf><Nb>INV-4711</Nb><RltdDt>2024-02-01</RltdDt></RfrdDocInf>
                       <RfrdDocAmt><DuePyblAmt Ccy="EUR">1020.00</DuePyblAmt><DscntApldAmt><Amt Ccy="EUR">20.00</Amt></DscntApldAmt>
                        <RmtdAmt Ccy="EUR">1000.00</RmtdAmt></RfrdDocAmt>
                      </Strd></RmtInf>
                     </TxDtls>
                     <TxDtls>
                      <Amt Ccy="EUR">500.00</Amt>
                      <RltdPties><Dbtr><Pty><Nm>Globex SA</Nm></Pty></Dbtr></RltdPties>
                      <RmtInf><Ustrd>Rechnung INV-4712 und INV-4713</Ustrd></RmtInf>
                     </TxDtls>
                    </NtryDtls>
                   </Ntry>
                   <Ntry>
                    <Amt Ccy="EUR">75.10</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                    <BookgDt><Dt>2024-03-15</Dt></BookgDt>
                   </Ntry>
                  </Ntfctn>
                 </BkToCstmrDbtCdtNtfctn>
                </Document>
                """.formatted(summary);
    }

    private static final String SUMMARY = """
            <TxsSummry><TtlNtries><NbOfNtries>2</NbOfNtries><Sum>1575.10</Sum></TtlNtries>
             <TtlCdtNtries><NbOfNtries>1</NbOfNtries><Sum>1500.00</Sum></TtlCdtNtries></TxsSummry>""";

    @Test
    void batchCreditBecomesOnePaymentPerTransactionWithRemittance() {
        BankFileResult.Accepted file = accepted(read(notification(SUMMARY)));

        assertThat(file.format()).isEqualTo(BankFileFormat.CAMT_054);
        assertThat(file.payments()).hasSize(2);
        Payment acme = file.payments().get(0);
        assertThat(acme.amount()).isEqualTo(Money.of("1000.00", "EUR"));
        assertThat(acme.valueDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(acme.payerName()).contains("ACME GmbH");
        assertThat(acme.payerAccount()).contains("DE02120300000000202051");
        assertThat(acme.referenceText()).contains("E2E-ACME-1", "BANKREF-1");
        RemittanceLine line = acme.remittanceLines().get(0);
        assertThat(line.invoiceReference()).isEqualTo("INV-4711");
        assertThat(line.invoiceDate()).contains(LocalDate.of(2024, 2, 1));
        assertThat(line.grossAmount()).contains(Money.of("1020.00", "EUR"));
        assertThat(line.discountAmount()).contains(Money.of("20.00", "EUR"));
        assertThat(line.paidAmount()).contains(Money.of("1000.00", "EUR"));
        assertThat(line.isConsistent()).isTrue();
        assertThat(file.payments().get(1).referenceText()).contains("INV-4712 und INV-4713");
        assertThat(file.statements().get(0).entries()).hasSize(2); // the debit is kept for totals
    }

    @Test
    void aSplitBatchTracesEachPaymentByItsOwnReferencesNotTheSharedEntry() {
        BankFileResult.Accepted file = accepted(read(notification(SUMMARY)));

        assertThat(file.traces()).hasSize(2);
        assertThat(file.traces().get(0).reference(PaymentTrace.Kind.END_TO_END_ID)).contains("E2E-ACME-1");
        assertThat(file.traces()).allSatisfy(t -> {
            assertThat(t.account()).isEqualTo("DE89370400440532013000");
            assertThat(t.reference(PaymentTrace.Kind.BANK_REFERENCE)).isEmpty();
        });
        assertThat(file.traces().get(1).references()).isEmpty();
    }

    @ParameterizedTest(name = "camt.{0}.001.{1}")
    @CsvSource({"053,02", "053,03", "053,04", "053,05", "053,06", "053,07", "053,08",
            "054,02", "054,03", "054,04", "054,05", "054,06", "054,07", "054,08"})
    void everyNamespaceVersionFrom02To08IsDetectedAndRead(String message, String version) {
        String xml = notification(SUMMARY).replace("camt.054.001.08", "camt." + message + ".001." + version);
        if (message.equals("053")) {
            xml = xml.replace("BkToCstmrDbtCdtNtfctn", "BkToCstmrStmt").replace("Ntfctn>", "Stmt>");
        }

        BankFileResult.Accepted file = accepted(read(xml));

        assertThat(file.format()).isEqualTo(message.equals("053") ? BankFileFormat.CAMT_053 : BankFileFormat.CAMT_054);
        assertThat(file.payments()).extracting(Payment::amount)
                .containsExactly(Money.of("1000.00", "EUR"), Money.of("500.00", "EUR"));
        assertThat(rejected(read(xml.replace("<Sum>1500.00</Sum>", "<Sum>1500.01</Sum>"))).reason())
                .contains("1500.01");
    }

    @Test
    void summaryCountThatDisagreesRejectsTheFile() {
        String wrong = SUMMARY.replace("<NbOfNtries>2</NbOfNtries>", "<NbOfNtries>3</NbOfNtries>");

        assertThat(rejected(read(notification(wrong))).reason()).contains("NbOfNtries states 3", "found 2");
    }

    @Test
    void summarySumThatDisagreesRejectsTheFile() {
        String wrong = SUMMARY.replace("<Sum>1500.00</Sum>", "<Sum>1400.00</Sum>");

        assertThat(rejected(read(notification(wrong))).reason()).contains("TtlCdtNtries/Sum states 1400.00", "1500.00");
    }

    @Test
    void externalEntityIsRefusedAndNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = notification("").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("<MsgId>MSG1</MsgId>", "<MsgId>&xxe;</MsgId>");

        BankFileResult.Rejected r = rejected(read(xxe));

        assertThat(r.reason()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
    }

    @Test
    void billionLaughsIsRejectedQuicklyWithoutExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Document [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 12; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = notification("").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\"?>\n" + dtd)
                .replace("<MsgId>MSG1</MsgId>", "<MsgId>&l12;</MsgId>");

        long start = System.nanoTime();
        BankFileResult.Rejected r = rejected(read(bomb));

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(r.reason()).contains("DOCTYPE");
    }

    @Test
    void truncatedXmlIsRejected() {
        String xml = notification(SUMMARY);

        assertThat(rejected(read(xml.substring(0, xml.length() / 2))).reason()).contains("XML");
    }

    @Test
    void statementWithoutStatementsIsRejected() {
        assertThat(rejected(PaymentFiles.read(Corpus.bytes("camt-genkgo/camt053.v2.wrong.xml"), "x")).reason())
                .contains("no Stmt");
    }

    @Test
    void version01MessageNameIsRead() {
        BankFileResult.Accepted file = accepted(PaymentFiles.read(Corpus.bytes("camt-genkgo/camt052.v1.xml"), "x"));

        assertThat(file.format()).isEqualTo(BankFileFormat.CAMT_052);
        assertThat(file.statements()).isNotEmpty();
    }

    @Test
    void creditorReferenceFromCorpusStatementBecomesRemittanceLine() {
        // genkgo's snapshot of this file shows the same creditor reference (getCreditorReferenceInformation.getRef).
        BankFileResult.Accepted file = accepted(PaymentFiles.read(Corpus.bytes("camt-genkgo/camt053.v8.xml"), "x"));

        assertThat(file.payments()).flatExtracting(Payment::remittanceLines).extracting(RemittanceLine::invoiceReference)
                .contains("4654654654654654");
    }

    @Test
    void latin1BytesInAUtf8DocumentAreRejected() {
        byte[] bytes = notification(SUMMARY).replace("ACME GmbH", "ACME Bäckerei GmbH")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(rejected(PaymentFiles.read(bytes, "x")).reason()).contains("XML is not well-formed");
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesAreOrdinaryText() {
        String xml = notification(SUMMARY).replace("ACME GmbH", "Smith &amp; S&#246;hne &lt;Ltd&gt;");

        assertThat(accepted(read(xml)).payments().get(0).payerName()).contains("Smith & Söhne <Ltd>");
    }
}
