package io.clearline.extraction.pipeline;

import io.clearline.core.DocumentId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code extraction.extraction_claim}: which documents are being extracted, since when, and
 * how many extractions of them were started. The count survives a crash, which is what stops a document
 * that kills the extractor from being tried for ever.
 */
@Repository
class ExtractionClaims {

    private final JdbcClient jdbc;

    ExtractionClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims a document unless a live claim exists (one younger than {@code staleBefore}).
     *
     * @return the number of started attempts including this one; empty when someone else holds it
     */
    Optional<Integer> claim(DocumentId document, String node, Trigger trigger, Instant now, Instant staleBefore) {
        return jdbc.sql("""
                insert into extraction.extraction_claim as c (document_id, attempts, claimed_by, claimed_at, trigger)
                values (?, 1, ?, ?, ?)
                on conflict (document_id) do update set attempts = c.attempts + 1, claimed_by = excluded.claimed_by,
                  claimed_at = excluded.claimed_at, trigger = excluded.trigger
                where c.claimed_at < ?
                returning attempts""")
                .params(document.value(), node, Timestamp.from(now), trigger.name(), Timestamp.from(staleBefore))
                .query(Integer.class).optional();
    }

    void release(DocumentId document) {
        jdbc.sql("delete from extraction.extraction_claim where document_id = ?").param(document.value()).update();
    }

    /** Undoes one started attempt that was stopped on purpose (shutdown), so it does not count. */
    void giveBack(DocumentId document, String node) {
        jdbc.sql("delete from extraction.extraction_claim where document_id = ? and claimed_by = ? and attempts = 1")
                .params(document.value(), node).update();
        jdbc.sql("update extraction.extraction_claim set attempts = attempts - 1, claimed_at = 'epoch' "
                + "where document_id = ? and claimed_by = ? and attempts > 1").params(document.value(), node).update();
    }

    /** Why an extraction was started. */
    enum Trigger { STORED, RECOVERED, REEXTRACT }
}
