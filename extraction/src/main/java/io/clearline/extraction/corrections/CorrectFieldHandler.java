package io.clearline.extraction.corrections;

import io.clearline.core.DocumentId;
import io.clearline.core.document.DocumentType;
import io.clearline.extraction.ExtractionLimits;
import io.clearline.extraction.documents.DocumentNotFound;
import io.clearline.extraction.documents.RawDocuments;
import io.clearline.extraction.fields.Kind;
import io.clearline.extraction.pipeline.ExtractionRun;
import io.clearline.extraction.pipeline.ExtractionRuns;
import io.clearline.governance.ActionContext;
import io.clearline.governance.ActionHandler;
import io.clearline.governance.ActionOutcome;
import io.clearline.governance.InvalidPayload;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Executes {@code extraction.correct} in the gateway's transaction: stores the correction (shown over
 * the extraction result from now on, also after a re-extraction) and, for a document field of a known
 * sender whose value can be found in the source, learns which label names that field on the sender's
 * documents.
 */
@Component
class CorrectFieldHandler implements ActionHandler<CorrectField> {

    private static final Logger log = LoggerFactory.getLogger(CorrectFieldHandler.class);

    private final RawDocuments documents;
    private final ExtractionRuns runs;
    private final FieldCorrections corrections;
    private final LearnedRules rules;
    private final DocumentSenders senders;
    private final ExtractionLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CorrectFieldHandler(RawDocuments documents, ExtractionRuns runs, FieldCorrections corrections, LearnedRules rules,
            DocumentSenders senders, ObjectProvider<ExtractionLimits> limits, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.documents = documents;
        this.runs = runs;
        this.corrections = corrections;
        this.rules = rules;
        this.senders = senders;
        this.limits = limits.getIfAvailable(() -> ExtractionLimits.DEFAULT);
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public String kind() {
        return CorrectField.KIND;
    }

    @Override
    public Class<CorrectField> payloadType() {
        return CorrectField.class;
    }

    @Override
    public ActionOutcome execute(ActionContext<CorrectField> action) {
        CorrectField c = action.payload();
        DocumentId id = new DocumentId(c.documentId());
        ExtractionRun run = runs.current(id)
                .orElseThrow(() -> new InvalidPayload("document " + id + " has no extraction result yet"));
        ObjectNode tree = ResultTree.parse(run.resultJson());
        DocumentType type = ResultTree.type(tree);
        Kind kind = ResultTree.kind(type, c.field(), c.line() != null)
                .orElseThrow(() -> new InvalidPayload(type + " has no field " + c.field()));
        byte[] content = documents.content(id).orElseThrow(() -> new DocumentNotFound(id));
        String senderName = Senders.senderField(type)
                .map(f -> f.equals(c.field()) && c.line() == null ? c.value()
                        : ResultTree.text(tree, f, null).orElse(null))
                .orElse(null);
        List<String> keys = senders.keys(id, content, senderName);
        Optional<Found> found = c.line() != null ? Optional.empty()
                : SourceLayout.read(content, limits).flatMap(layout -> LabelPositions.learn(layout, kind, c.value()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        FieldCorrection correction = new FieldCorrection(UUID.randomUUID(), id, c.field(), c.line(), c.value().strip(),
                ResultTree.text(tree, c.field(), c.line()).orElse(null), keys.isEmpty() ? null : keys.get(0),
                found.map(CorrectFieldHandler::provenance).orElse(null), action.proposer().id(), action.proposalId(), now);
        corrections.insert(correction);
        String learned = null;
        if (found.isPresent() && !keys.isEmpty()) {
            LearnedRule rule = new LearnedRule(keys.get(0), type.name(), c.field(), found.get().label(),
                    found.get().relation().name(), id, correction.id(), now);
            rules.save(rule);
            learned = rule.describe();
        }
        events.publishEvent(new FieldCorrected(id, correction.id(), c.field(), c.line(), correction.value(),
                action.proposer().id(), correction.senderKey(), learned));
        String summary = "field " + c.field() + (c.line() == null ? "" : " of line " + c.line()) + " of document " + id
                + " corrected to '" + correction.value() + "'" + (learned != null
                        ? "; learned for sender " + keys.get(0) + ": " + learned
                        : keys.isEmpty() ? "; nothing learned: the sender is not known"
                        : c.line() != null ? "; line items are not learned"
                        : "; nothing learned: the value was not found next to a label in the document");
        log.info(summary);
        return new ActionOutcome(summary, correction.id().toString());
    }

    private static String provenance(Found found) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("page", found.page());
        p.put("box", found.box() == null ? null : List.of(round(found.box().x0()),
                round(found.box().y0()), round(found.box().x1()), round(found.box().y1())));
        p.put("source_text", found.text());
        return ResultTree.JSON.writeValueAsString(p);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
