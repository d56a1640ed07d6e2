package io.clearline.extraction.corrections;

import io.clearline.core.DocumentId;
import java.time.Instant;
import java.util.UUID;

/** Where one sender's documents of one type hold a field: the label they print and where the value stands. */
public record LearnedRule(String senderKey, String documentType, String field, String label, String relation,
        DocumentId learnedFrom, UUID correctionId, Instant learnedAt) {

    /** How the rule reads, for notes and logs. */
    public String describe() {
        return "label '" + label + "' → " + relation;
    }
}
