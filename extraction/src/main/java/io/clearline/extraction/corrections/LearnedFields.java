package io.clearline.extraction.corrections;

import io.clearline.core.Confidence;
import io.clearline.core.DocumentId;
import io.clearline.core.document.ExtractedField;
import io.clearline.core.document.Provenance;
import io.clearline.extraction.ExtractionLimits;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.fields.Kind;
import io.clearline.extraction.fields.Schema;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.pipeline.ResultRefinement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Applies what analysts' corrections taught about a sender to that sender's next documents: for each
 * learned rule, the value next to the learned label replaces what the extractor read. Such a field has
 * confidence {@value #CONFIDENCE} (one correction taught it; not calibrated) and is listed under
 * {@code learned} in the result with the rule and the document it was learned from.
 */
@Component
class LearnedFields implements ResultRefinement {

    static final double CONFIDENCE = 0.9;

    private final LearnedRules rules;
    private final DocumentSenders senders;
    private final ExtractionLimits limits;

    LearnedFields(LearnedRules rules, DocumentSenders senders, ObjectProvider<ExtractionLimits> limits) {
        this.rules = rules;
        this.senders = senders;
        this.limits = limits.getIfAvailable(() -> ExtractionLimits.DEFAULT);
    }

    @Override
    public Refined refine(DocumentId document, byte[] content, ExtractionResult result) {
        String senderName = Senders.senderField(result.documentType()).map(result.fields()::get)
                .map(f -> String.valueOf(f.value())).orElse(null);
        Map<String, Rule> byField = new LinkedHashMap<>();
        for (String key : senders.keys(document, content, senderName)) {
            for (LearnedRule r : rules.of(key, result.documentType().name())) {
                byField.putIfAbsent(r.field(), new Rule(key, r));
            }
        }
        if (byField.isEmpty()) {
            return Refined.unchanged(result);
        }
        Optional<LaidOutText> layout = SourceLayout.read(content, limits);
        if (layout.isEmpty()) {
            return Refined.unchanged(result);
        }
        Schema schema = Schema.of(result.documentType());
        Map<String, ExtractedField<Object>> fields = new LinkedHashMap<>(result.fields());
        Map<String, Object> notes = new LinkedHashMap<>();
        for (Rule rule : byField.values()) {
            Kind kind = schema.fields().get(rule.rule().field());
            if (kind == null) {
                continue;
            }
            LabelPositions.read(layout.get(), rule.rule().label(), Relation.valueOf(rule.rule().relation()))
                    .ifPresent(found -> LabelPositions.value(kind, found.text(), layout.get()).ifPresent(value -> {
                        String name = rule.rule().field();
                        fields.put(name, new ExtractedField<>(name, value, Confidence.of(CONFIDENCE),
                                Provenance.of(found.page(), found.box(), found.text())));
                        notes.put(name, Map.of("rule", rule.rule().describe(), "sender", rule.key(),
                                "learned_from", rule.rule().learnedFrom().toString()));
                    }));
        }
        if (notes.isEmpty()) {
            return Refined.unchanged(result);
        }
        return new Refined(new ExtractionResult(result.documentType(), result.typeConfidence(), fields, result.lines(),
                result.status(), result.reason(), result.pages()), notes);
    }

    private record Rule(String key, LearnedRule rule) {
    }
}
