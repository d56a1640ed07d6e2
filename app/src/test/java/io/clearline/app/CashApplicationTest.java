package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.core.CustomerId;
import io.clearline.core.money.Money;
import io.clearline.governance.ActionGateway;
import io.clearline.governance.SegregationOfDutiesViolation;
import io.clearline.matching.application.CashApplication;
import io.clearline.matching.application.OpenItemRows;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Cash application end to end over real HTTP: open items in, a BAI2 file imported, the payment matched
 * and proposed by the matcher through the gateway; the policy applies a sure match at once and queues
 * an ambiguous one for a supervisor.
 */
class CashApplicationTest extends ServiceTest {

    private static final Random RANDOM = new Random();

    @Autowired
    OpenItemRows openItems;

    @Autowired
    ActionGateway gateway;

    @Autowired
    CashApplication cash;

    private Http client;
    private String writer;
    private String customer;
    private String name;
    private long number;

    @BeforeEach
    void world() {
        client = browser();
        writer = apiKey("payments:write");
        // every test has its own customer and document numbers: the database is shared
        number = 700_000_000L + RANDOM.nextInt(99_000_000);
        customer = "C" + number;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            word.append((char) ('A' + RANDOM.nextInt(26)));
        }
        name = "ZEPHYR " + word + " HOLDINGS";
    }

    @Test
    void anExactReferenceAndAmountIsAppliedAutomaticallyWithTheMatcherAsProposer() {
        String invoice = Long.toString(number + 1);
        upsert(List.of(item(invoice, "1234.50"), item(Long.toString(number + 2), "880.00")));
        String paymentId = importPayment(123450, "INV " + invoice);

        // importing the file matched the payment already (after the import committed)
        assertThat(open(invoice)).isEqualTo(Money.of("0.00", "USD"));
        HttpResponse<byte[]> matched = match(paymentId);

        assertThat(matched.statusCode()).as(Http.text(matched)).isEqualTo(200);
        JsonNode view = Http.json(matched);
        assertThat(view.get("replay").asBoolean()).isTrue();
        JsonNode proposal = view.get("proposal");
        assertThat(proposal.get("status").asString()).as(view.toString()).isEqualTo("EXECUTED");
        assertThat(proposal.get("proposer").asString()).isEqualTo("matcher:cash-matcher");
        assertThat(proposal.get("evidence").toString()).contains(invoice);
        assertThat(open(invoice)).isEqualTo(Money.of("0.00", "USD"));
        assertThat(open(Long.toString(number + 2))).isEqualTo(Money.of("880.00", "USD"));
        assertThat(paymentStatus(paymentId)).isEqualTo("APPLIED");

        Http supervisor = loggedIn("supervisor", "supervisor-demo");
        JsonNode audit = Http.json(supervisor.get("/api/v1/audit?actor=matcher:cash-matcher&limit=1000"));
        List<String> actions = new ArrayList<>();
        audit.forEach(e -> {
            if (e.get("subject").asString().equals("payment:" + paymentId)) {
                actions.add(e.get("action").asString());
            }
        });
        assertThat(actions).contains("cash.apply:proposed");

        // matching again changes nothing: the stored proposal is the answer
        HttpResponse<byte[]> again = match(paymentId);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.json(again).get("proposal").get("id").asString()).isEqualTo(proposal.get("id").asString());
        assertThat(open(invoice)).isEqualTo(Money.of("0.00", "USD"));
        assertThat(gateway.get(UUID.fromString(proposal.get("id").asString())).payloadJson())
                .contains("\"documentNumber\":\"" + invoice + "\"");

        // a reversal is a new action a person proposes and another approves; it gives the invoice back its amount
        Http analyst = loggedIn("analyst", "analyst-demo");
        HttpResponse<byte[]> reverse = analyst.send(analyst.request("/api/v1/proposals")
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", analyst.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(Http.toJson(Map.of("kind", "cash.reverse",
                        "subject", "payment:" + paymentId, "confidence", 1.0, "idempotencyKey", "cash.reverse:" + paymentId,
                        "payload", Map.of("paymentId", paymentId, "reason", "customer paid the wrong entity"))))));
        assertThat(reverse.statusCode()).as(Http.text(reverse)).isEqualTo(201);
        assertThat(Http.json(reverse).get("status").asString()).isEqualTo("PENDING_APPROVAL");
        HttpResponse<byte[]> reversed = approve(supervisor, Http.json(reverse).get("id").asString());
        assertThat(Http.json(reversed).get("status").asString()).as(Http.text(reversed)).isEqualTo("EXECUTED");
        assertThat(open(invoice)).isEqualTo(Money.of("1234.50", "USD"));
        assertThat(paymentStatus(paymentId)).isEqualTo("UNAPPLIED");
        HttpResponse<byte[]> twice = analyst.send(analyst.request("/api/v1/proposals")
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", analyst.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(Http.toJson(Map.of("kind", "cash.reverse",
                        "subject", "payment:" + paymentId, "confidence", 1.0, "idempotencyKey", "again:" + paymentId,
                        "payload", Map.of("paymentId", paymentId, "reason", "again"))))));
        JsonNode failed = Http.json(approve(supervisor, Http.json(twice).get("id").asString()));
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asString()).contains("already reversed");
        assertThat(open(invoice)).isEqualTo(Money.of("1234.50", "USD"));
    }

    private static HttpResponse<byte[]> approve(Http person, String proposalId) {
        return person.send(person.request("/api/v1/proposals/" + proposalId + "/approve")
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", person.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    @Test
    void anAmbiguousPaymentWaitsForASupervisorAndTheMatcherCannotApproveIt() {
        String first = Long.toString(number + 11);
        String second = Long.toString(number + 12);
        upsert(List.of(item(first, "500.00"), item(second, "500.00")));
        String paymentId = importPayment(50000, "PAYMENT THANK YOU");

        HttpResponse<byte[]> matched = match(paymentId);

        assertThat(matched.statusCode()).as(Http.text(matched)).isEqualTo(200);
        JsonNode view = Http.json(matched);
        JsonNode proposal = view.get("proposal");
        assertThat(proposal.get("status").asString()).as(view.toString()).isEqualTo("PENDING_APPROVAL");
        assertThat(proposal.get("confidence").asDouble()).isLessThan(cash.autoThreshold());
        assertThat(open(first)).isEqualTo(Money.of("500.00", "USD"));
        assertThat(open(second)).isEqualTo(Money.of("500.00", "USD"));
        UUID id = UUID.fromString(proposal.get("id").asString());

        assertThatThrownBy(() -> gateway.approve(id, CashApplication.MATCHER))
                .isInstanceOf(SegregationOfDutiesViolation.class);

        Http supervisor = loggedIn("supervisor", "supervisor-demo");
        HttpResponse<byte[]> approved = supervisor.send(supervisor.request("/api/v1/proposals/" + id + "/approve")
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", supervisor.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(approved.statusCode()).as(Http.text(approved)).isEqualTo(200);
        assertThat(Http.json(approved).get("status").asString()).isEqualTo("EXECUTED");
        String applied = gateway.get(id).payloadJson().contains("\"documentNumber\":\"" + first + "\"") ? first : second;
        String other = applied.equals(first) ? second : first;
        assertThat(open(applied)).isEqualTo(Money.of("0.00", "USD"));
        assertThat(open(other)).isEqualTo(Money.of("500.00", "USD"));
    }

    @Test
    void anApplicationProposedAgainstAnItemTheErpChangedSinceFailsAndChangesNothing() {
        String first = Long.toString(number + 21);
        String second = Long.toString(number + 22);
        upsert(List.of(item(first, "700.00"), item(second, "700.00")));
        String paymentId = importPayment(70000, "REMITTANCE");
        JsonNode proposal = Http.json(match(paymentId)).get("proposal");
        assertThat(proposal.get("status").asString()).isEqualTo("PENDING_APPROVAL");

        // meanwhile the ERP records a partial payment on both invoices
        Map<String, Object> a = new java.util.HashMap<>(item(first, "700.00"));
        a.put("openAmount", new BigDecimal("650.00"));
        Map<String, Object> b = new java.util.HashMap<>(item(second, "700.00"));
        b.put("openAmount", new BigDecimal("650.00"));
        upsert(List.of(a, b));

        Http supervisor = loggedIn("supervisor", "supervisor-demo");
        HttpResponse<byte[]> approved = supervisor.send(supervisor.request(
                        "/api/v1/proposals/" + proposal.get("id").asString() + "/approve")
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", supervisor.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(approved.statusCode()).as(Http.text(approved)).isEqualTo(200);
        JsonNode failed = Http.json(approved);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asString()).contains("changed since the proposal");
        assertThat(open(first)).isEqualTo(Money.of("650.00", "USD"));
        assertThat(open(second)).isEqualTo(Money.of("650.00", "USD"));
    }

    @Test
    void aFileOfExactPaymentsIsAppliedTouchlessThroughTheGateway() {
        int n = 100;
        List<Map<String, Object>> invoices = new ArrayList<>();
        List<Long> cents = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String document = Long.toString(number * 1000 + i);
            long amount = 10_000 + 137L * i;
            invoices.add(item(document, BigDecimal.valueOf(amount, 2).toPlainString()));
            cents.add(amount);
            references.add("INV " + document);
        }
        upsert(invoices);

        long start = System.nanoTime();
        List<String> payments = importPayments(cents, references);
        double seconds = (System.nanoTime() - start) / 1e9;

        for (int i = 0; i < n; i++) {
            assertThat(open(Long.toString(number * 1000 + i))).as("invoice %d", i).isEqualTo(Money.of("0.00", "USD"));
        }
        assertThat(payments).allSatisfy(p -> assertThat(gateway.forSubject("payment:" + p)).singleElement()
                .satisfies(proposal -> assertThat(proposal.status().name()).isEqualTo("EXECUTED")));
        System.out.printf("cash application: %d payments imported, matched and applied through the gateway in %.2f s%n",
                n, seconds);
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingIsStored() {
        Map<String, Object> body = Map.of("customers", List.of(), "openItems", List.of(Map.of(
                "customerId", "NOBODY-" + number, "documentNumber", "X" + number, "documentType", "INVOICE",
                "issueDate", "2024-03-01", "currency", "USD", "originalAmount", 10, "openAmount", 10)));
        HttpResponse<byte[]> refused = post("/api/v1/open-items", Http.toJson(body));
        assertProblem(refused, 422, "unknown-customer");

        HttpResponse<byte[]> badCurrency = post("/api/v1/open-items", Http.toJson(Map.of("openItems", List.of(Map.of(
                "customerId", customer, "documentNumber", "Y" + number, "issueDate", "2024-03-01", "currency", "XX",
                "originalAmount", 10, "openAmount", 10)))));
        assertProblem(badCurrency, 400, "invalid-request");
        assertThat(openItems.find(new CustomerId(customer), "Y" + number)).isEmpty();

        assertProblem(match("no-such-payment-" + number), 404, "not-found");
        String reader = apiKey("payments:read");
        HttpResponse<byte[]> notAllowed = client.send(withKey(client.request("/api/v1/open-items")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")), reader));
        assertProblem(notAllowed, 403, "access-denied");
    }

    @Test
    void openItemsComeInAsTheBatchCommandsCsvWithBadRowsReportedByLine() {
        upsert(List.of(item("SEED" + number, "1.00")));
        String csv = "customer_id,document_number,document_type,po_number,issue_date,due_date,terms,currency,"
                + "original_amount,open_amount\n"
                + customer + ",CSV1-" + number + ",INVOICE,PO-9,2024-03-01,2024-03-31,2/10 NET 30,USD,120.00,120.00\n"
                + customer + ",CSV2-" + number + ",INVOICE,,2024-03-01,,NET 30,USD,not-a-number,5\n"
                + customer + ",CM-" + number + ",CREDIT_MEMO,,2024-03-02,,NET 30,USD,15.00,15.00\n";
        HttpResponse<byte[]> stored = client.send(withKey(client.request("/api/v1/open-items")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)), writer));

        assertThat(stored.statusCode()).as(Http.text(stored)).isEqualTo(200);
        assertThat(Http.json(stored).get("openItems").asInt()).isEqualTo(2);
        assertThat(Http.json(stored).get("problems").get(0).asText()).startsWith("open_items.csv:3: ");
        assertThat(open("CSV1-" + number)).isEqualTo(Money.of("120.00", "USD"));
        assertThat(open("CM-" + number)).isEqualTo(Money.of("-15.00", "USD"));
        assertThat(openItems.find(new CustomerId(customer), "CSV2-" + number)).isEmpty();
    }

    // ---- helpers

    private Map<String, Object> item(String document, String amount) {
        return Map.of("customerId", customer, "documentNumber", document, "documentType", "INVOICE",
                "issueDate", "2024-03-01", "dueDate", "2024-03-31", "terms", "NET 30", "currency", "USD",
                "originalAmount", new BigDecimal(amount), "openAmount", new BigDecimal(amount));
    }

    private void upsert(List<Map<String, Object>> items) {
        Map<String, Object> body = Map.of(
                "customers", List.of(Map.of("customerId", customer, "name", name, "bankAccounts", List.of())),
                "openItems", items);
        HttpResponse<byte[]> stored = post("/api/v1/open-items", Http.toJson(body));
        assertThat(stored.statusCode()).as(Http.text(stored)).isEqualTo(200);
        assertThat(Http.json(stored).get("openItems").asInt()).isEqualTo(items.size());
    }

    private HttpResponse<byte[]> post(String path, String json) {
        return client.send(withKey(client.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), writer));
    }

    private HttpResponse<byte[]> match(String paymentId) {
        return client.send(withKey(client.request("/api/v1/payments/" + paymentId + "/match")
                .POST(HttpRequest.BodyPublishers.noBody()), writer));
    }

    private Money open(String document) {
        return openItems.find(new CustomerId(customer), document).orElseThrow().item().openAmount();
    }

    /** The payment's cash-application status as the API shows it. */
    private String paymentStatus(String paymentId) {
        HttpResponse<byte[]> payment = client.send(withKey(client.request("/api/v1/payments/" + paymentId).GET(), writer));
        assertThat(payment.statusCode()).as(Http.text(payment)).isEqualTo(200);
        return Http.json(payment).get("status").asString();
    }

    /** Imports a one-credit BAI2 file; returns the payment id. */
    private String importPayment(long cents, String reference) {
        List<String> ids = importPayments(List.of(cents), List.of(reference));
        return ids.get(0);
    }

    /** Imports a BAI2 file with one credit per amount (totals and record counts as the format checks them). */
    private List<String> importPayments(List<Long> cents, List<String> references) {
        long sum = cents.stream().mapToLong(Long::longValue).sum();
        long total = 1_000_000 + sum + sum;
        int n = cents.size();
        StringBuilder bai2 = new StringBuilder("01,BANKID,CLEARLINE,240315,0800," + number + ",,,2/\n"
                + "02,CLEARLINE,BANKID,1,240314,,USD,2/\n"
                + "03,123456789,USD,010,1000000,,,100," + sum + "," + n + ",/\n");
        for (int i = 0; i < n; i++) {
            bai2.append("16,195,").append(cents.get(i)).append(",,BR").append(number).append('-').append(i).append(",,")
                    .append(references.get(i)).append("/\n").append("88,DBNM: ").append(name).append('\n');
        }
        bai2.append("49,").append(total).append(',').append(2 * n + 2).append("/\n")
                .append("98,").append(total).append(",1,").append(2 * n + 4).append("/\n")
                .append("99,").append(total).append(",1,").append(2 * n + 6).append("/\n");
        HttpResponse<byte[]> uploaded = client.send(withKey(new Http.Multipart()
                .file("file", "cash-" + number + ".bai2", bai2.toString().getBytes(StandardCharsets.US_ASCII))
                .into(client.request("/api/v1/payment-files")), writer));
        assertThat(uploaded.statusCode()).as(Http.text(uploaded)).isEqualTo(201);
        JsonNode ids = Http.json(uploaded).get("files").get(0).get("file").get("paymentIds");
        assertThat(ids.size()).isEqualTo(n);
        List<String> out = new ArrayList<>();
        ids.forEach(id -> out.add(id.asString()));
        return out;
    }
}
