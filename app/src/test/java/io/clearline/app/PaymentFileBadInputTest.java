package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.app.payments.Corpus;
import io.clearline.extraction.payments.ImportedPaymentFiles;
import io.clearline.extraction.payments.Payments;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Bad payment files through {@code POST /api/v1/payment-files}: each is a 422 problem whose reason says
 * what is wrong, the refusal is recorded, and no payment is stored.
 */
class PaymentFileBadInputTest extends ServiceTest {

    /** A small, balanced BAI2 file: one credit of 1,250.50 USD. */
    static final String BAI2 = """
            01,BANKID,CLEARLINE,240315,0800,1,,,2/
            02,CLEARLINE,BANKID,1,240315,,USD,2/
            03,987654321,USD,/
            16,175,125050,,BR-BAD-1,,MÜLLER GMBH INV 4711/
            49,125050,3/
            98,125050,1,5/
            99,125050,1,7/
            """;

    @Autowired
    Payments payments;

    @Autowired
    ImportedPaymentFiles files;

    private Http client;
    private String writer;

    @BeforeEach
    void client() {
        client = browser();
        writer = apiKey("payments:write", "payments:read");
    }

    private HttpResponse<byte[]> upload(String name, byte[] bytes) {
        return client.send(withKey(new Http.Multipart().file("file", name, bytes)
                .into(client.request("/api/v1/payment-files")), writer));
    }

    static Stream<Arguments> badFiles() {
        byte[] binary = new byte[4096];
        new Random(42).nextBytes(binary);
        String camt = new String(Corpus.bytes("camt-genkgo/camt053.v2.minimal.xml"), StandardCharsets.UTF_8);
        String declaration = camt.substring(0, camt.indexOf("?>") + 2);
        return Stream.of(
                Arguments.of("wrong total", "wrong-total.bai", BAI2.replace("99,125050,", "99,125051,")
                        .getBytes(StandardCharsets.UTF_8), "99"),
                Arguments.of("wrong record count", "wrong-count.bai", BAI2.replace("49,125050,3/", "49,125050,4/")
                        .getBytes(StandardCharsets.UTF_8), "number of records"),
                Arguments.of("truncated", "truncated.bai", BAI2.substring(0, BAI2.indexOf("98,"))
                        .getBytes(StandardCharsets.UTF_8), "truncated"),
                Arguments.of("Latin-1", "latin1.bai", BAI2.getBytes(StandardCharsets.ISO_8859_1), "0xDC"),
                Arguments.of("UTF-16 with BOM", "utf16.bai", BAI2.getBytes(StandardCharsets.UTF_16), "UTF-16"),
                Arguments.of("UTF-16LE without BOM", "utf16le.bai", BAI2.getBytes(StandardCharsets.UTF_16LE), "NUL"),
                Arguments.of("binary with a .bai name", "random.bai", binary, "recognised"),
                Arguments.of("empty", "empty.bai", new byte[0], "empty"),
                Arguments.of("XML bomb", "bomb.xml", camt.replace(declaration, declaration
                        + "<!DOCTYPE Document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>").getBytes(StandardCharsets.UTF_8), "DOCTYPE"),
                Arguments.of("external entity", "xxe.xml", camt.replace(declaration, declaration
                        + "<!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                        .getBytes(StandardCharsets.UTF_8), "DOCTYPE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void eachBadFileIsA422WithItsReasonAndStoresNoPayment(String what, String name, byte[] bytes, String reasonPart) {
        long before = payments.count();

        JsonNode problem = assertProblem(upload(name, bytes), 422, "payment-file-rejected");

        assertThat(problem.get("reason").asString()).as(what).containsIgnoringCase(reasonPart);
        assertThat(problem.get("detail").asString()).contains(name);
        assertThat(payments.count()).isEqualTo(before);
        assertThat(problem.get("files").get(0).get("file").get("paymentIds").size()).isZero();
        assertThat(files.find(java.util.UUID.fromString(problem.get("fileId").asString())))
                .hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo(problem.get("reason").asString()));
    }

    @Test
    void aUtf8ByteOrderMarkIsNotAWrongEncoding() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = BAI2.replace("BR-BAD-1", "BR-BOM-1").replace("987654321", "987654329")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);

        HttpResponse<byte[]> response = upload("bom.bai", withBom);

        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(201);
        JsonNode file = Http.json(response).get("files").get(0).get("file");
        assertThat(file.get("paymentIds").size() + file.get("seenBefore").size()).isEqualTo(1);
    }

    @Test
    void theStatementAfterTheNotificationShowsTheBookingAsSeenBefore() {
        String entry = """
                <Ntry><Amt Ccy="EUR">8888.88</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                 <BookgDt><Dt>2024-03-22</Dt></BookgDt><ValDt><Dt>2024-03-22</Dt></ValDt>
                 <AcctSvcrRef>BR-HTTP-8888</AcctSvcrRef>
                 <NtryDtls><TxDtls><Refs><EndToEndId>E2E-HTTP-8888</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>""";
        HttpResponse<byte[]> notified = upload("ntf.xml", camt("054", "BkToCstmrDbtCdtNtfctn", "Ntfctn", entry));
        HttpResponse<byte[]> statement = upload("stmt.xml", camt("053", "BkToCstmrStmt", "Stmt", entry));

        assertThat(notified.statusCode()).as(Http.text(notified)).isEqualTo(201);
        assertThat(statement.statusCode()).as(Http.text(statement)).isEqualTo(201);
        String first = Http.json(notified).get("files").get(0).get("file").get("paymentIds").get(0).asString();
        JsonNode file = Http.json(statement).get("files").get(0).get("file");
        assertThat(file.get("paymentIds").size()).isZero();
        JsonNode seen = file.get("seenBefore").get(0);
        assertThat(seen.get("paymentId").asString()).isEqualTo(first);
        assertThat(seen.get("matchedOn").asString()).contains("BR-HTTP-8888");
        JsonNode again = Http.json(client.send(withKey(client.request("/api/v1/payment-files/"
                + file.get("id").asString()).GET(), writer)));
        assertThat(again.get("seenBefore")).isEqualTo(file.get("seenBefore"));
    }

    private static byte[] camt(String message, String root, String record, String entry) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt."
                + message + ".001.02\"><" + root + "><GrpHdr><MsgId>M-" + message + "</MsgId>"
                + "<CreDtTm>2024-03-22T18:00:00</CreDtTm></GrpHdr><" + record + "><Id>R-" + message + "</Id>"
                + "<Acct><Id><IBAN>DE44500105175407324931</IBAN></Id></Acct>" + entry + "</" + record + "></" + root
                + "></Document>").getBytes(StandardCharsets.UTF_8);
    }
}
