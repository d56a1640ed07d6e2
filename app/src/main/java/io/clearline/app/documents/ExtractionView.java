package io.clearline.app.documents;

import io.clearline.extraction.corrections.CorrectedResults;
import io.clearline.extraction.documents.RawDocument;
import io.clearline.extraction.pipeline.DocumentPart;
import io.clearline.extraction.pipeline.ExtractionRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code GET /documents/{id}/extraction}: the CLI's JSON shape (document_type, fields,
 * lines, status, reason) with the document's id, when and by which extractor version it was extracted,
 * and for an e-mail its parts (each attachment is a document of its own, with its own status).
 */
final class ExtractionView {

    private static final Set<String> MAIL_TYPES = Set.of("message/rfc822", "application/vnd.ms-outlook",
            "application/mbox");

    private ExtractionView() {
    }

    static Map<String, Object> of(RawDocument document, CorrectedResults.Corrected corrected, List<DocumentPart> parts) {
        ExtractionRun run = corrected.run();
        ObjectNode result = corrected.result();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("document_id", document.id().value());
        result.properties().forEach(e -> body.put(e.getKey(), e.getValue()));
        body.put("extracted_at", run.extractedAt());
        body.put("extractor_version", run.extractorVersion());
        body.put("duration_ms", run.durationMs());
        addParts(body, document, parts);
        return body;
    }

    static Map<String, Object> pending(RawDocument document, List<DocumentPart> parts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("document_id", document.id().value());
        body.put("status", "PENDING");
        body.put("reason", "stored at " + document.receivedAt() + ", not extracted yet");
        addParts(body, document, parts);
        return body;
    }

    private static void addParts(Map<String, Object> body, RawDocument document, List<DocumentPart> parts) {
        if (!parts.isEmpty() || MAIL_TYPES.contains(document.mediaType())) {
            body.put("parts", parts.stream().map(ExtractionView::part).toList());
        }
    }

    private static Map<String, Object> part(DocumentPart p) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("document_id", p.id().value());
        part.put("file_name", p.fileName());
        part.put("media_type", p.mediaType());
        part.put("status", p.status().map(Enum::name).orElse("PENDING"));
        part.put("document_type", p.documentType());
        part.put("extraction", "/api/v1/documents/" + p.id() + "/extraction");
        return part;
    }
}
