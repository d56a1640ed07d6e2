package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.app.payments.Corpus;
import io.clearline.core.PaymentId;
import io.clearline.core.receivables.Payment;
import io.clearline.extraction.payments.ImportedPaymentFiles;
import io.clearline.extraction.payments.PaymentFile;
import io.clearline.extraction.payments.Payments;
import io.clearline.extraction.payments.PaymentsImported;
import io.clearline.governance.AuditFilter;
import io.clearline.governance.AuditLog;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/payment-files} and {@code /api/v1/payments} through real HTTP with API keys. */
class PaymentFilesTest extends ServiceTest {

    @Autowired
    Payments payments;

    @Autowired
    ImportedPaymentFiles files;

    @Autowired
    AuditLog audit;

    private Http client;
    private String writer;
    private String reader;

    @BeforeEach
    void client() {
        client = browser();
        writer = apiKey("payments:write");
        reader = apiKey("payments:read");
    }

    private HttpResponse<byte[]> upload(Http.Multipart body) {
        return client.send(withKey(body.into(client.request("/api/v1/payment-files")), writer));
    }

    private HttpResponse<byte[]> get(String path, String key) {
        return client.send(withKey(client.request(path).GET(), key));
    }

    @Test
    void aBai2FileIsImportedOnceThenReportedAsAlreadyImported() {
        byte[] bai2 = Corpus.bytes("bai2-ministryofjustice/citi_example.bai2");
        long before = payments.count();

        HttpResponse<byte[]> first = upload(new Http.Multipart().file("file", "citi.bai2", bai2));

        assertThat(first.statusCode()).as(Http.text(first)).isEqualTo(201);
        JsonNode created = Http.json(first).get("files").get(0);
        assertThat(created.get("outcome").asString()).isEqualTo("CREATED");
        JsonNode file = created.get("file");
        assertThat(file.get("format").asString()).isEqualTo("BAI2");
        assertThat(file.get("status").asString()).isEqualTo("ACCEPTED");
        int count = file.get("paymentCount").asInt();
        assertThat(count).isPositive();
        List<String> ids = strings(file.get("paymentIds"));
        assertThat(ids).hasSize(count);
        assertThat(first.headers().firstValue("Location")).contains("/api/v1/payment-files/" + file.get("id").asString());
        assertThat(payments.count()).isEqualTo(before + count);
        assertThat(events.of(PaymentsImported.class)).filteredOn(e -> e.fileId().toString().equals(file.get("id").asString()))
                .singleElement().satisfies(e -> assertThat(e.paymentIds()).extracting(PaymentId::value).isEqualTo(ids));
        assertThat(audit.query(AuditFilter.subject("payment-file:" + file.get("id").asString()), 10, 0))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("payment-file:imported");
                    assertThat(e.actor()).startsWith("api_client:test-");
                });

        Payment stored = payments.find(new PaymentId(ids.get(0))).orElseThrow();
        JsonNode payment = Http.json(get("/api/v1/payments/" + ids.get(0), reader));
        assertThat(new BigDecimal(payment.get("amount").asString())).isEqualByComparingTo(stored.amount().amount());
        assertThat(payment.get("currency").asString()).isEqualTo("GBP");
        assertThat(payment.get("valueDate").asString()).isEqualTo(stored.valueDate().toString());
        assertThat(payment.get("status").asString()).isEqualTo("UNAPPLIED");
        assertThat(payment.get("fileId").asString()).isEqualTo(file.get("id").asString());
        JsonNode again = Http.json(get("/api/v1/payment-files/" + file.get("id").asString(), reader));
        assertThat(strings(again.get("paymentIds"))).isEqualTo(ids);

        HttpResponse<byte[]> second = upload(new Http.Multipart().file("file", "citi-again.bai2", bai2));

        assertThat(second.statusCode()).isEqualTo(200);
        JsonNode existing = Http.json(second).get("files").get(0);
        assertThat(existing.get("outcome").asString()).isEqualTo("EXISTING");
        assertThat(existing.get("file").get("id")).isEqualTo(file.get("id"));
        assertThat(existing.get("file").get("fileName").asString()).isEqualTo("citi.bai2");
        assertThat(strings(existing.get("file").get("paymentIds"))).isEqualTo(ids);
        assertThat(payments.count()).isEqualTo(before + count);
    }

    @Test
    void camtAndX12FilesInOneUploadCarryTheirRemittanceLines() {
        HttpResponse<byte[]> response = upload(new Http.Multipart()
                .file("file", "camt054.xml", Corpus.bytes("camt-genkgo/camt054.v2.xml"))
                .file("file", "remit.820", Corpus.bytes("x12-edinet/x12.820.issue140.edi")));

        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(201);
        JsonNode outcomes = Http.json(response).get("files");
        assertThat(outcomes.get(0).get("file").get("format").asString()).isEqualTo("CAMT_054");
        assertThat(outcomes.get(1).get("file").get("format").asString()).isEqualTo("X12_820");
        String x12Payment = outcomes.get(1).get("file").get("paymentIds").get(0).asString();
        JsonNode payment = Http.json(get("/api/v1/payments/" + x12Payment, reader));
        JsonNode lines = payment.get("remittanceLines");
        assertThat(lines.size()).isEqualTo(payments.find(new PaymentId(x12Payment)).orElseThrow().remittanceLines().size())
                .isPositive();
        assertThat(lines.get(0).get("invoiceReference").asString()).isNotBlank();
    }

    @Test
    void aFileWhoseTotalsDisagreeIsA422RecordedWithNothingImported() {
        byte[] wrong = Corpus.bai2WithWrongFileTotal();
        long paymentsBefore = payments.count();

        JsonNode problem = assertProblem(upload(new Http.Multipart().file("file", "wrong.bai2", wrong)),
                422, "payment-file-rejected");

        String reason = problem.get("reason").asString();
        assertThat(reason).contains("20002").contains("20001");
        assertThat(problem.get("detail").asString()).contains("wrong.bai2").contains(reason);
        assertThat(problem.get("format").asString()).isEqualTo("BAI2");
        assertThat(payments.count()).isEqualTo(paymentsBefore);
        String fileId = problem.get("fileId").asString();
        JsonNode recorded = Http.json(get("/api/v1/payment-files/" + fileId, reader));
        assertThat(recorded.get("status").asString()).isEqualTo("REJECTED");
        assertThat(recorded.get("reason").asString()).isEqualTo(reason);
        assertThat(recorded.get("paymentIds").size()).isZero();
        assertThat(recorded.get("rawDocumentId").asString()).isNotBlank();
        assertThat(audit.query(AuditFilter.subject("payment-file:" + fileId), 10, 0)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("payment-file:rejected"));

        JsonNode again = assertProblem(upload(new Http.Multipart().file("file", "wrong.bai2", wrong)),
                422, "payment-file-rejected");
        assertThat(again.get("fileId").asString()).isEqualTo(fileId);
        assertThat(again.get("files").get(0).get("outcome").asString()).isEqualTo("EXISTING");
        assertThat(files.find(UUID.fromString(fileId))).isPresent();
        assertThat(audit.query(AuditFilter.subject("payment-file:" + fileId), 10, 0)).hasSize(1);
    }

    @Test
    void inAMixedUploadTheGoodFileIsImportedAndTheProblemListsBothOutcomes() {
        byte[] good = Corpus.bytes("camt-genkgo/camt053.v2.multi.statement.xml");
        byte[] broken = "01,not a bank file at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        JsonNode problem = assertProblem(upload(new Http.Multipart()
                .file("file", "statement.xml", good).file("file", "broken.bai2", broken)), 422, "payment-file-rejected");

        assertThat(problem.get("fileName").asString()).isEqualTo("broken.bai2");
        JsonNode outcomes = problem.get("files");
        assertThat(outcomes.get(0).get("file").get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(outcomes.get(1).get("file").get("status").asString()).isEqualTo("REJECTED");
        String imported = outcomes.get(0).get("file").get("paymentIds").get(0).asString();
        assertThat(payments.find(new PaymentId(imported))).isPresent();
        assertThat(files.findBySha256(sha256(broken))).hasValueSatisfying(f -> assertThat(f.reason()).isNotBlank());
    }

    @Test
    void onlyPaymentScopesAndAnalystsMayImportOrRead() {
        String documentsOnly = apiKey("documents:write", "documents:read");
        byte[] mt940 = Corpus.bytes("mt940-wolph/ASNB/mt940.txt");

        assertProblem(client.send(withKey(new Http.Multipart().file("file", "x.sta", mt940)
                .into(client.request("/api/v1/payment-files")), documentsOnly)), 403, "access-denied");
        assertProblem(client.send(withKey(new Http.Multipart().file("file", "x.sta", mt940)
                .into(client.request("/api/v1/payment-files")), reader)), 403, "access-denied");
        assertProblem(get("/api/v1/payments/BAI2-0-0", documentsOnly), 403, "access-denied");
        assertProblem(get("/api/v1/payments/BAI2-0-0", reader), 404, "not-found");
        assertProblem(get("/api/v1/payment-files/" + UUID.randomUUID(), reader), 404, "not-found");
        assertThat(files.findBySha256(sha256(mt940))).isEmpty();

        Http analyst = loggedIn("analyst", "analyst-demo");
        HttpResponse<byte[]> byPerson = analyst.send(new Http.Multipart().file("file", "asn.sta", mt940)
                .into(analyst.request("/api/v1/payment-files").header("X-CSRF-TOKEN", analyst.csrfToken())));
        assertThat(byPerson.statusCode()).as(Http.text(byPerson)).isEqualTo(201);
        PaymentFile recorded = files.findBySha256(sha256(mt940)).orElseThrow();
        assertThat(recorded.importedBy()).isEqualTo("person:analyst");
        assertThat(audit.query(AuditFilter.subject(recorded.subject()), 10, 0)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("person:analyst"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(n -> out.add(n.asString()));
        return out;
    }
}
