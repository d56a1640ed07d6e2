package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.DocumentId;
import io.clearline.extraction.documents.DocumentIntake;
import io.clearline.extraction.documents.DocumentSource;
import io.clearline.extraction.documents.RawInput;
import io.clearline.extraction.pipeline.DocumentExtracted;
import io.clearline.extraction.pipeline.ExtractionPipeline;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Stored documents are extracted on their own; the result, its corrections and what they teach, over HTTP. */
class ExtractionApiTest extends ServiceTest {

    @Autowired
    ExtractionPipeline pipeline;

    @Autowired
    DocumentIntake intake;

    @Autowired
    JdbcClient jdbc;

    private Http client;
    private String key;

    @BeforeEach
    void client() {
        client = browser();
        key = apiKey("documents:write", "documents:read");
    }

    static String number(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    static byte[] purchaseOrder(String poNumber) {
        return new HandPdf()
                .text(50, 50, "PURCHASE ORDER", 18)
                .text(50, 90, "PO Number:").text(150, 90, poNumber)
                .text(50, 104, "Order Date:").text(150, 104, "2024-03-14")
                .text(50, 118, "Buyer:").text(150, 118, "Northwind Traders Inc.")
                .text(50, 160, "Item").text(120, 160, "Description").text(300, 160, "Qty").text(360, 160, "Unit Price")
                .text(450, 160, "Amount")
                .text(50, 176, "NW-100").text(120, 176, "Steel bolts M8").text(300, 176, "10").text(360, 176, "2.50")
                .text(450, 176, "25.00")
                .text(50, 190, "NW-200").text(120, 190, "Washers M8").text(300, 190, "100").text(360, 190, "0.10")
                .text(450, 190, "10.00")
                .text(360, 220, "Total").text(450, 220, "35.00 USD")
                .bytes();
    }

    /** A PO of a sender who calls the PO number "Procurement Ticket"; {@code variant} moves everything around. */
    static byte[] contosoOrder(String ticket, boolean variant) {
        HandPdf pdf = new HandPdf();
        if (!variant) {
            pdf.text(50, 50, "PURCHASE ORDER", 18)
                    .text(50, 90, "Buyer:").text(160, 90, "Contoso Retail GmbH")
                    .text(50, 104, "Procurement Ticket").text(160, 104, ticket)
                    .text(50, 118, "Order Date:").text(160, 118, "2024-05-02")
                    .text(50, 160, "Item").text(120, 160, "Description").text(300, 160, "Qty")
                    .text(360, 160, "Unit Price").text(450, 160, "Amount")
                    .text(50, 176, "CR-100").text(120, 176, "Copy paper A4").text(300, 176, "20").text(360, 176, "4.00")
                    .text(450, 176, "80.00")
                    .text(360, 210, "Total").text(450, 210, "80.00 EUR");
        } else {
            pdf.text(300, 40, "PURCHASE ORDER", 16)
                    .text(60, 120, "Order Date:").text(200, 120, "2024-06-11")
                    .text(60, 134, "Buyer:").text(200, 134, "Contoso Retail GmbH")
                    .text(330, 90, "Procurement Ticket:").text(460, 90, ticket)
                    .text(60, 190, "Item").text(130, 190, "Description").text(310, 190, "Qty")
                    .text(370, 190, "Unit Price").text(460, 190, "Amount")
                    .text(60, 206, "CR-200").text(130, 206, "Toner black").text(310, 206, "2").text(370, 206, "35.00")
                    .text(460, 206, "70.00")
                    .text(60, 220, "CR-310").text(130, 220, "Stapler").text(310, 220, "5").text(370, 220, "6.00")
                    .text(460, 220, "30.00")
                    .text(370, 250, "Total").text(460, 250, "100.00 EUR");
        }
        return pdf.bytes();
    }

    private String upload(String name, byte[] content) {
        HttpResponse<byte[]> response = client.send(withKey(new Http.Multipart().file("file", name, content)
                .into(client.request("/api/v1/documents")), key));
        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(201);
        return Http.json(response).get("documents").get(0).get("document").get("id").asString();
    }

    private HttpResponse<byte[]> extraction(String id) {
        return client.send(withKey(client.request("/api/v1/documents/" + id + "/extraction").GET(), key));
    }

    /** Polls as a client would, honouring 202 until the result is there. */
    private JsonNode awaitExtraction(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<byte[]> response = extraction(id);
            if (response.statusCode() == 200) {
                return Http.json(response);
            }
            assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(202);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(Http.json(response).get("status").asString()).isEqualTo("PENDING");
            sleep(200);
        }
        throw new AssertionError("document " + id + " was not extracted within 60 s");
    }

    private HttpResponse<byte[]> correct(Http analyst, String id, Map<String, Object> body) {
        return correct(analyst, id, body, null);
    }

    private HttpResponse<byte[]> correct(Http analyst, String id, Map<String, Object> body, String idempotencyKey) {
        HttpRequest.Builder request = analyst.request("/api/v1/documents/" + id + "/extraction/corrections")
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", analyst.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(Http.toJson(body)));
        return analyst.send(idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey));
    }

    @Test
    void anUploadedPurchaseOrderComesBackExtractedInTheShapeOfTheCommandLine() {
        String po = number("PO-");
        String id = upload("po.pdf", purchaseOrder(po));

        JsonNode result = awaitExtraction(id);

        assertThat(result.get("document_id").asString()).isEqualTo(id);
        assertThat(result.get("status").asString()).isEqualTo("EXTRACTED");
        assertThat(result.get("document_type").asString()).isEqualTo("PURCHASE_ORDER");
        JsonNode number = result.get("fields").get("po_number");
        assertThat(number.get("value").asString()).isEqualTo(po);
        assertThat(number.get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(number.get("page").asInt()).isEqualTo(1);
        assertThat(number.get("box").size()).isEqualTo(4);
        assertThat(number.get("source_text").asString()).contains(po);
        assertThat(result.get("fields").get("total_amount").get("value").decimalValue()).isEqualByComparingTo("35.00");
        assertThat(result.get("lines").size()).isEqualTo(2);
        assertThat(result.get("lines").get(1).get("item").get("value").asString()).isEqualTo("NW-200");
        assertThat(result.has("reason")).isTrue();
        assertThat(result.get("extracted_at").asString()).isNotBlank();
        assertThat(result.get("extractor_version").asString()).startsWith("clearline-extraction/");
        assertThat(events.of(DocumentExtracted.class)).filteredOn(e -> e.documentId().toString().equals(id))
                .singleElement().satisfies(e -> assertThat(e.status().name()).isEqualTo("EXTRACTED"));
    }

    @Test
    void badPdfsEndFailedWithAReasonAndUnknownDocumentsAre404() {
        String corrupt = upload("corrupt.pdf", ("%PDF-1.7\n" + UUID.randomUUID() + "\nno objects here\n")
                .getBytes(StandardCharsets.US_ASCII));
        String blank = upload("scan-without-text.pdf", new HandPdf().bytes());

        JsonNode corruptResult = awaitExtraction(corrupt);
        assertThat(corruptResult.get("status").asString()).isEqualTo("FAILED");
        assertThat(corruptResult.get("reason").asString()).containsIgnoringCase("pdf");
        assertThat(corruptResult.get("fields").size()).isZero();
        JsonNode blankResult = awaitExtraction(blank);
        assertThat(blankResult.get("status").asString()).isEqualTo("FAILED");
        assertThat(blankResult.get("reason").asString()).containsIgnoringCase("text");
        // the service goes on
        assertThat(awaitExtraction(upload("po.pdf", purchaseOrder(number("PO-")))).get("status").asString())
                .isEqualTo("EXTRACTED");

        assertProblem(extraction(UUID.randomUUID().toString()), 404, "not-found");
    }

    @Test
    void aDocumentStoredWhileNoWorkerTookItIsPendingUntilTheSweepFindsIt() {
        // stored behind the service's back, as if the process had stopped right after the commit
        UUID id = UUID.randomUUID();
        byte[] pdf = purchaseOrder(number("PO-"));
        jdbc.sql("insert into extraction.raw_document (id, sha256, size_bytes, media_type, file_name, source, "
                + "received_by, received_at, content) values (?, ?, ?, 'application/pdf', 'left.pdf', 'UPLOAD', 'test', "
                + "now(), ?)").params(id, UUID.randomUUID().toString().replace("-", "") + "0".repeat(32), pdf.length, pdf)
                .update();

        HttpResponse<byte[]> pending = extraction(id.toString());
        assertThat(pending.statusCode()).isEqualTo(202);
        assertThat(pending.headers().firstValue("Retry-After")).contains("2");
        assertThat(Http.json(pending).get("status").asString()).isEqualTo("PENDING");

        pipeline.sweep();
        assertThat(awaitExtraction(id.toString()).get("status").asString()).isEqualTo("EXTRACTED");
    }

    @Test
    void anEmailListsItsPartsWithTheirStatus() {
        String po = number("PO-");
        byte[] eml = ("From: Jane Buyer <jane@northwind.example>\r\nTo: orders@clearline.example\r\n"
                + "Subject: Order " + po + "\r\nMessage-ID: <" + UUID.randomUUID() + "@northwind.example>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Purchase Order\r\nPO Number: " + po + "\r\nBuyer: Northwind Traders Inc.\r\n"
                + "Please see the attached order.\r\n").getBytes(StandardCharsets.UTF_8);
        String message = upload("order.eml", eml);
        DocumentId attachment = intake.store(new RawInput(purchaseOrder(po), "po.pdf", DocumentSource.ATTACHMENT,
                "mailbox", new DocumentId(UUID.fromString(message)))).document().id();

        JsonNode body = awaitExtraction(message);
        assertThat(body.get("status").asString()).isEqualTo("EXTRACTED");
        assertThat(body.get("fields").get("po_number").get("value").asString()).isEqualTo(po);
        JsonNode part = body.get("parts").get(0);
        assertThat(part.get("document_id").asString()).isEqualTo(attachment.toString());
        assertThat(part.get("file_name").asString()).isEqualTo("po.pdf");
        awaitExtraction(attachment.toString());
        assertThat(awaitExtraction(message).get("parts").get(0).get("status").asString()).isEqualTo("EXTRACTED");
    }

    @Test
    void anAnalystsCorrectionIsAppliedThroughTheGatewayAuditedAndTaughtForTheSendersNextDocument() {
        String firstTicket = number("CR-");
        String first = upload("contoso-1.pdf", contosoOrder(firstTicket, false));
        JsonNode before = awaitExtraction(first);
        assertThat(before.get("fields").path("po_number").path("value").asString(""))
                .as("the extractor does not know the label 'Procurement Ticket'").isNotEqualTo(firstTicket);

        Http analyst = loggedIn("analyst", "analyst-demo");
        HttpResponse<byte[]> corrected = correct(analyst, first, Map.of("field", "po_number", "value", firstTicket));
        assertThat(corrected.statusCode()).as(Http.text(corrected)).isEqualTo(201);
        assertThat(Http.json(corrected).get("status").asString()).isEqualTo("EXECUTED");
        assertThat(Http.json(corrected).get("outcome").asString()).contains("learned", "procurement ticket");

        JsonNode after = awaitExtraction(first);
        assertThat(after.get("fields").get("po_number").get("value").asString()).isEqualTo(firstTicket);
        assertThat(after.get("fields").get("po_number").get("confidence").asDouble()).isEqualTo(1.0);
        assertThat(after.get("fields").get("po_number").get("source_text").asString()).isEqualTo(firstTicket);
        assertThat(after.get("corrected").get("po_number").get("corrected_by").asString()).isEqualTo("person:analyst");

        Http supervisor = loggedIn("supervisor", "supervisor-demo");
        JsonNode audit = Http.json(supervisor.get("/api/v1/audit?subject=document:" + first));
        assertThat(audit.valueStream().map(e -> e.get("action").asString() + " by " + e.get("actor").asString()))
                .contains("document:extracted by system:extractor", "extraction.correct:proposed by person:analyst",
                        "extraction.correct:executed by system:dispatcher");

        String secondTicket = number("CR-");
        JsonNode next = awaitExtraction(upload("contoso-2.pdf", contosoOrder(secondTicket, true)));
        JsonNode learned = next.get("fields").get("po_number");
        assertThat(learned.get("value").asString()).isEqualTo(secondTicket);
        assertThat(learned.get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(next.get("learned").get("po_number").get("learned_from").asString()).isEqualTo(first);
        assertThat(next.get("learned").get("po_number").get("sender").asString()).isEqualTo("name:contoso retail");

        // a rerun of the corrected document replaces its result and keeps the analyst's correction
        HttpResponse<byte[]> rerun = supervisor.send(supervisor.request("/api/v1/documents/" + first + "/extraction/rerun")
                .header("X-CSRF-TOKEN", supervisor.csrfToken()).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(rerun.statusCode()).as(Http.text(rerun)).isEqualTo(202);
        String firstExtractedAt = after.get("extracted_at").asString();
        JsonNode rerunResult = awaitExtraction(first);
        for (int i = 0; i < 300 && rerunResult.get("extracted_at").asString().equals(firstExtractedAt); i++) {
            sleep(200);
            rerunResult = awaitExtraction(first);
        }
        assertThat(rerunResult.get("extracted_at").asString()).isNotEqualTo(firstExtractedAt);
        assertThat(rerunResult.get("fields").get("po_number").get("value").asString()).isEqualTo(firstTicket);
        assertThat(rerunResult.get("corrected").has("po_number")).isTrue();
        assertProblem(analyst.send(analyst.request("/api/v1/documents/" + first + "/extraction/rerun")
                .header("X-CSRF-TOKEN", analyst.csrfToken()).POST(HttpRequest.BodyPublishers.noBody())),
                403, "access-denied");
    }

    @Test
    void correctionsThatCannotApplyAreRefusedBeforeAnythingIsProposed() {
        String id = upload("po.pdf", purchaseOrder(number("PO-")));
        awaitExtraction(id);
        Http analyst = loggedIn("analyst", "analyst-demo");

        assertProblem(correct(analyst, id, Map.of("field", "shoe_size", "value", "42")), 422, "invalid-payload");
        assertProblem(correct(analyst, id, Map.of("field", "order_date", "value", "14/03/2024")), 422, "invalid-payload");
        assertProblem(correct(analyst, id, Map.of("field", "quantity", "value", "3", "line", 7)), 422, "invalid-payload");
        String retryKey = "retry-" + UUID.randomUUID();
        HttpResponse<byte[]> line = correct(analyst, id, Map.of("field", "quantity", "value", 12, "line", 1), retryKey);
        assertThat(line.statusCode()).as(Http.text(line)).isEqualTo(201);
        HttpResponse<byte[]> retried = correct(analyst, id, Map.of("field", "quantity", "value", 12, "line", 1), retryKey);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(Http.json(retried).get("proposal_id")).isEqualTo(Http.json(line).get("proposal_id"));
        assertThat(awaitExtraction(id).get("lines").get(1).get("quantity").get("value").decimalValue())
                .isEqualByComparingTo("12");
        // an API key is a machine, not an analyst
        assertProblem(client.send(withKey(client.request("/api/v1/documents/" + id + "/extraction/corrections")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"field\":\"po_number\",\"value\":\"X-1\"}")), key)),
                403, "access-denied");
    }

    @Test
    void theExtractionEndpointsAreInTheOpenApiDocument() {
        JsonNode paths = Http.json(browser().get("/v3/api-docs")).get("paths");
        assertThat(paths.has("/api/v1/documents/{id}/extraction")).isTrue();
        assertThat(paths.get("/api/v1/documents/{id}/extraction").get("get").get("responses").has("202")).isTrue();
        assertThat(paths.has("/api/v1/documents/{id}/extraction/corrections")).isTrue();
        assertThat(paths.has("/api/v1/documents/{id}/extraction/rerun")).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
