package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.extraction.documents.DocumentStored;
import io.clearline.extraction.documents.RawDocuments;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DocumentsTest extends ServiceTest {

    @Autowired
    RawDocuments documents;

    private Http client;
    private String key;

    @BeforeEach
    void client() {
        client = browser();
        key = apiKey("documents:write", "documents:read");
    }

    private HttpResponse<byte[]> upload(Http.Multipart body) {
        return client.send(withKey(body.into(client.request("/api/v1/documents")), key));
    }

    @Test
    void theSameBytesTwiceAreOneDocument201Then200() {
        byte[] pdf = Samples.pdf();
        HttpResponse<byte[]> first = upload(new Http.Multipart().file("file", "a.pdf", pdf));
        HttpResponse<byte[]> second = upload(new Http.Multipart().file("file", "copy-of-a.pdf", pdf));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        JsonNode a = Http.json(first).get("documents").get(0);
        JsonNode b = Http.json(second).get("documents").get(0);
        assertThat(a.get("outcome").asString()).isEqualTo("CREATED");
        assertThat(b.get("outcome").asString()).isEqualTo("EXISTING");
        assertThat(b.get("document").get("id")).isEqualTo(a.get("document").get("id"));
        assertThat(b.get("document").get("fileName").asString()).isEqualTo("a.pdf");
        String id = a.get("document").get("id").asString();
        assertThat(events.of(DocumentStored.class)).filteredOn(e -> e.documentId().toString().equals(id)).hasSize(1);

        JsonNode meta = Http.json(client.send(withKey(client.request("/api/v1/documents/" + id).GET(), key)));
        assertThat(meta.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(meta.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(meta.get("source").asString()).isEqualTo("UPLOAD");
    }

    @Test
    void severalFilesInOneUploadEachGetAnOutcome() {
        byte[] known = Samples.pdf();
        assertThat(upload(new Http.Multipart().file("file", "known.pdf", known)).statusCode()).isEqualTo(201);

        HttpResponse<byte[]> batch = upload(new Http.Multipart()
                .file("file", "known.pdf", known)
                .file("file", "payments.csv", Samples.csv()));

        assertThat(batch.statusCode()).isEqualTo(201);
        JsonNode docs = Http.json(batch).get("documents");
        assertThat(docs.get(0).get("outcome").asString()).isEqualTo("EXISTING");
        assertThat(docs.get(1).get("outcome").asString()).isEqualTo("CREATED");
        assertThat(docs.get(1).get("document").get("mediaType").asString()).isEqualTo("text/csv");
    }

    @Test
    void aBatchWithOneBadFileStoresNothing() {
        long before = documents.count();
        JsonNode problem = assertProblem(upload(new Http.Multipart()
                .file("file", "fine.pdf", Samples.pdf())
                .file("file", "invoice.pdf", Samples.exe())), 415, "unsupported-document-type");
        assertThat(problem.get("fileName").asString()).isEqualTo("invoice.pdf");
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void anExecutableNamedPdfIsRefusedByItsContent() {
        long before = documents.count();
        JsonNode problem = assertProblem(upload(new Http.Multipart().file("file", "invoice.pdf", Samples.exe())),
                415, "unsupported-document-type");
        assertThat(problem.get("detectedType").asString()).startsWith("application/x-");
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void anEmptyFileIs422() {
        long before = documents.count();
        assertProblem(upload(new Http.Multipart().file("file", "empty.pdf", new byte[0])), 422, "empty-document");
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void aFileOverTheLimitIs413AndNothingIsStored() {
        long before = documents.count();
        byte[] big = new byte[1536 * 1024]; // limit in tests: 1MB
        byte[] pdf = Samples.pdf();
        System.arraycopy(pdf, 0, big, 0, Math.min(pdf.length, big.length));
        assertProblem(upload(new Http.Multipart().file("file", "big.pdf", big)), 413, "document-too-large");
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void malformedMultipartIs400() {
        long before = documents.count();
        HttpResponse<byte[]> broken = client.send(withKey(client.request("/api/v1/documents")
                .header("Content-Type", "multipart/form-data; boundary=abc")
                .POST(HttpRequest.BodyPublishers.ofString("--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n\r\n%PDF-1.4 truncated, no closing boundary")),
                key));
        assertProblem(broken, 400, "malformed-multipart");
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void anUploadWithoutAFilePartIs400() {
        HttpResponse<byte[]> noFile = client.send(withKey(client.request("/api/v1/documents")
                .header("Content-Type", "multipart/form-data; boundary=abc")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "--abc\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--abc--\r\n")), key));
        assertProblem(noFile, 400, "malformed-request");
    }

    @Test
    void aNonMultipartUploadIs415() {
        HttpResponse<byte[]> json = client.send(withKey(client.request("/api/v1/documents")
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Samples.pdf())), key));
        assertProblem(json, 415, "unsupported-request-type");
    }

    @Test
    void unknownAndInvalidIdsAreProblems() {
        assertProblem(client.send(withKey(client.request("/api/v1/documents/" + UUID.randomUUID()).GET(), key)),
                404, "not-found");
        assertProblem(client.send(withKey(client.request("/api/v1/documents/" + UUID.randomUUID() + "/content").GET(), key)),
                404, "not-found");
        assertProblem(client.send(withKey(client.request("/api/v1/documents/not-a-uuid").GET(), key)),
                400, "malformed-request");
    }

    @Test
    void anAnalystUploadsFromTheBrowserWithTheCsrfToken() {
        Http analyst = loggedIn("analyst", "analyst-demo");
        HttpResponse<byte[]> upload = analyst.send(new Http.Multipart().file("file", "remittance.csv", Samples.csv())
                .into(analyst.request("/api/v1/documents")).header("X-CSRF-TOKEN", analyst.csrfToken()));
        assertThat(upload.statusCode()).as(Http.text(upload)).isEqualTo(201);
        assertThat(Http.json(upload).get("documents").get(0).get("document").get("receivedBy").asString())
                .isEqualTo("analyst");
    }
}
