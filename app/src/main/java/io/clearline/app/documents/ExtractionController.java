package io.clearline.app.documents;

import io.clearline.app.governance.Actors;
import io.clearline.app.security.Access;
import io.clearline.core.DocumentId;
import io.clearline.extraction.corrections.CorrectedResults;
import io.clearline.extraction.corrections.Corrections;
import io.clearline.extraction.documents.DocumentNotFound;
import io.clearline.extraction.documents.RawDocument;
import io.clearline.extraction.documents.RawDocuments;
import io.clearline.extraction.pipeline.ExtractionPipeline;
import io.clearline.extraction.pipeline.ExtractionRuns;
import io.clearline.governance.InvalidPayload;
import io.clearline.governance.Submission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Extraction results of stored documents, and analysts' corrections of them. Documents are extracted
 * automatically after they are stored; until then the result is a 202 PENDING.
 */
@Tag(name = "Documents")
@RestController
@RequestMapping("/api/v1/documents/{id}/extraction")
class ExtractionController {

    /** Seconds a client should wait before asking again for a result that is pending. */
    static final String RETRY_AFTER = "2";

    private final RawDocuments documents;
    private final CorrectedResults results;
    private final ExtractionRuns runs;
    private final ExtractionPipeline pipeline;
    private final Corrections corrections;

    ExtractionController(RawDocuments documents, CorrectedResults results, ExtractionRuns runs,
            ExtractionPipeline pipeline, Corrections corrections) {
        this.documents = documents;
        this.results = results;
        this.runs = runs;
        this.pipeline = pipeline;
        this.corrections = corrections;
    }

    @Operation(summary = "The document's extraction result in the shape of ./clearline extract (document_type, fields, "
            + "lines, status, reason) plus document_id, extracted_at, extractor_version, parts (an e-mail's attachments), "
            + "learned and corrected; 202 PENDING with Retry-After while it is not extracted yet")
    @ApiResponse(responseCode = "200", description = "extracted (status EXTRACTED) or failed with a reason (status FAILED)")
    @ApiResponse(responseCode = "202", description = "stored, not extracted yet: {document_id, status: PENDING}")
    @ApiResponse(responseCode = "404", description = "no such document (problem)")
    @GetMapping
    @PreAuthorize(Access.DOCUMENTS_READ)
    ResponseEntity<Map<String, Object>> get(@PathVariable UUID id) {
        DocumentId documentId = new DocumentId(id);
        RawDocument document = documents.find(documentId).orElseThrow(() -> new DocumentNotFound(documentId));
        return results.current(documentId)
                .map(corrected -> ResponseEntity.ok(ExtractionView.of(document, corrected, runs.parts(documentId))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.ACCEPTED).header("Retry-After", RETRY_AFTER)
                        .body(ExtractionView.pending(document, runs.parts(documentId))));
    }

    @Operation(summary = "Correct one field of the extraction (an analyst); goes through the governance gateway as "
            + "extraction.correct, is audited, shows in GET at once and teaches where this sender's documents hold the "
            + "field. Body: {field, value, line (optional line-item index)}")
    @ApiResponse(responseCode = "201", description = "the proposal, executed (or queued when policy says so)")
    @ApiResponse(responseCode = "422", description = "unknown field, bad value or line, or not extracted yet (problem)")
    @PostMapping("/corrections")
    @PreAuthorize(Access.ANALYST)
    ResponseEntity<Map<String, Object>> correct(@PathVariable UUID id, @RequestBody CorrectionRequest request,
            @Parameter(description = "makes a retried request safe: the same key returns the first outcome")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Authentication caller) {
        if (request == null) {
            throw new InvalidPayload("a body {field, value, line} is required");
        }
        Submission submitted = corrections.propose(new DocumentId(id), request.field(), request.textValue(),
                request.line(), Actors.of(caller), idempotencyKey);
        Map<String, Object> body = CorrectionView.of(submitted.proposal());
        return submitted.replay() ? ResponseEntity.ok(body)
                : ResponseEntity.created(URI.create("/api/v1/proposals/" + submitted.proposal().id())).body(body);
    }

    @Operation(summary = "Extract the document again (a supervisor), e.g. after an extractor update; the current "
            + "result is kept as history. 202; poll GET for the new result")
    @PostMapping("/rerun")
    @PreAuthorize(Access.SUPERVISOR)
    ResponseEntity<Map<String, Object>> rerun(@PathVariable UUID id) {
        boolean queued = pipeline.reextract(new DocumentId(id));
        return ResponseEntity.status(HttpStatus.ACCEPTED).header("Retry-After", RETRY_AFTER)
                .body(Map.of("document_id", id, "queued", queued));
    }
}
