package io.clearline.extraction.corrections;

import io.clearline.core.DocumentId;
import io.clearline.core.document.DocumentType;
import io.clearline.extraction.fields.Kind;
import io.clearline.extraction.pipeline.ExtractionRun;
import io.clearline.extraction.pipeline.ExtractionRuns;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A document's current extraction result with the analysts' corrections laid over it: a corrected field
 * has the corrected value, confidence 1.0 and, when the value was found in the source, its place there;
 * {@code corrected} lists each with the previous value, who and when. Corrections are kept apart from
 * the results, so a re-extraction never loses one.
 */
@Service
public class CorrectedResults {

    private final ExtractionRuns runs;
    private final FieldCorrections corrections;

    public CorrectedResults(ExtractionRuns runs, FieldCorrections corrections) {
        this.runs = runs;
        this.corrections = corrections;
    }

    /** The current run and its corrected result; empty while the document has no result. */
    public Optional<Corrected> current(DocumentId document) {
        return runs.current(document).map(run -> new Corrected(run, overlay(run)));
    }

    /** @param result the CLI's JSON shape, corrected, plus {@code learned} and {@code corrected} when there are any */
    public record Corrected(ExtractionRun run, ObjectNode result) {
    }

    private ObjectNode overlay(ExtractionRun run) {
        ObjectNode tree = ResultTree.parse(run.resultJson());
        DocumentType type = ResultTree.type(tree);
        ObjectNode listed = tree.objectNode();
        for (FieldCorrection c : corrections.of(run.documentId())) {
            ObjectNode holder = holder(tree, c.line());
            if (holder == null) {
                continue; // a line that a re-extraction no longer has
            }
            JsonNode before = holder.path(c.field());
            ObjectNode field = tree.objectNode();
            field.set("value", value(tree, ResultTree.kind(type, c.field(), c.line() != null), c.value()));
            field.put("confidence", 1.0);
            JsonNode provenance = c.provenanceJson() == null ? before : ResultTree.parse(c.provenanceJson());
            field.set("page", provenance.path("page").isMissingNode() ? tree.nullNode() : provenance.path("page"));
            field.set("box", provenance.path("box").isMissingNode() ? tree.nullNode() : provenance.path("box"));
            field.put("source_text", provenance.path("source_text").asString(""));
            holder.set(c.field(), field);
            ObjectNode note = listed.putObject(c.line() == null ? c.field() : "lines[" + c.line() + "]." + c.field());
            note.put("previous_value", c.previousValue());
            note.put("corrected_by", c.correctedBy());
            note.put("corrected_at", c.correctedAt().toString());
            note.put("correction_id", c.id().toString());
        }
        if (!listed.isEmpty()) {
            tree.set("corrected", listed);
        }
        return tree;
    }

    private static ObjectNode holder(ObjectNode tree, Integer line) {
        if (line == null) {
            return tree.path("fields") instanceof ObjectNode fields ? fields : tree.putObject("fields");
        }
        return tree.path("lines").path(line) instanceof ObjectNode l ? l : null;
    }

    private static JsonNode value(ObjectNode tree, Optional<Kind> kind, String value) {
        if (kind.isPresent() && (kind.get() == Kind.AMOUNT || kind.get() == Kind.QUANTITY)) {
            try {
                return tree.numberNode(new BigDecimal(value));
            } catch (NumberFormatException e) {
                return tree.stringNode(value);
            }
        }
        if (kind.isPresent() && kind.get() == Kind.SIGNATURE) {
            return tree.booleanNode(Boolean.parseBoolean(value));
        }
        return tree.stringNode(value);
    }
}
