package io.clearline.extraction.corrections;

import io.clearline.core.Confidence;
import io.clearline.core.DocumentId;
import io.clearline.core.document.DocumentType;
import io.clearline.extraction.documents.DocumentNotFound;
import io.clearline.extraction.documents.RawDocuments;
import io.clearline.extraction.fields.Kind;
import io.clearline.extraction.fields.Schema;
import io.clearline.extraction.pipeline.ExtractionRun;
import io.clearline.extraction.pipeline.ExtractionRuns;
import io.clearline.governance.ActionGateway;
import io.clearline.governance.Actor;
import io.clearline.governance.InvalidPayload;
import io.clearline.governance.ProposeAction;
import io.clearline.governance.Submission;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

/**
 * Proposes analysts' field corrections to the governance gateway as {@code extraction.correct}; the
 * policy for that kind decides whether they apply at once (the shipped configuration: yes, audited).
 * A correction that cannot apply (unknown field, a date that is not ISO-8601, a line that does not
 * exist) is refused here, before anything is proposed.
 */
@Service
public class Corrections {

    private final RawDocuments documents;
    private final ExtractionRuns runs;
    private final ActionGateway gateway;

    public Corrections(RawDocuments documents, ExtractionRuns runs, ActionGateway gateway) {
        this.documents = documents;
        this.runs = runs;
        this.gateway = gateway;
    }

    /**
     * @param idempotencyKey the client's key for retries; a new one is made when null
     * @throws DocumentNotFound no such document
     * @throws InvalidPayload   the correction does not fit the document's extraction
     */
    public Submission propose(DocumentId document, String field, String value, Integer line, Actor analyst,
            String idempotencyKey) {
        documents.find(document).orElseThrow(() -> new DocumentNotFound(document));
        ExtractionRun run = runs.current(document)
                .orElseThrow(() -> new InvalidPayload("document " + document + " has not been extracted yet"));
        check(run, field, value, line);
        String key = idempotencyKey == null || idempotencyKey.isBlank()
                ? CorrectField.KIND + ":" + document + ":" + UUID.randomUUID() : idempotencyKey.strip();
        CorrectField payload = new CorrectField(document.value(), field, value, line);
        return gateway.submit(ProposeAction.of(CorrectField.KIND, "document:" + document, payload, analyst,
                Confidence.CERTAIN, key).withEvidence(List.of("analyst's reading of the document")));
    }

    private static void check(ExtractionRun run, String field, String value, Integer line) {
        if (field == null || field.isBlank()) {
            throw new InvalidPayload("field is required");
        }
        if (value == null || value.isBlank()) {
            throw new InvalidPayload("value is required");
        }
        ObjectNode tree = ResultTree.parse(run.resultJson());
        DocumentType type = ResultTree.type(tree);
        Schema schema = Schema.of(type);
        Kind kind = ResultTree.kind(type, field, line != null).orElseThrow(() -> new InvalidPayload(
                type + (line == null ? " has no field " : " lines have no field ") + field + "; known: "
                        + (line == null ? schema.fields().keySet() : schema.columns().keySet())));
        if (line != null && (line < 0 || line >= tree.path("lines").size())) {
            throw new InvalidPayload("line " + line + " does not exist; the document has "
                    + tree.path("lines").size() + " line(s)");
        }
        if (LabelPositions.canonical(kind, value).isEmpty()) {
            throw new InvalidPayload(field + " must be " + switch (kind) {
                case DATE -> "an ISO-8601 date (2024-03-14)";
                case AMOUNT, QUANTITY -> "a plain decimal number (1234.50)";
                default -> "text";
            } + ", was '" + value + "'");
        }
    }
}
