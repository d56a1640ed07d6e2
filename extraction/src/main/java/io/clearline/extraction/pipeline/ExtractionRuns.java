package io.clearline.extraction.pipeline;

import io.clearline.core.DocumentId;
import io.clearline.extraction.ExtractionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code extraction.extraction_run}: every extraction of a stored document, the current one unsuperseded. */
@Repository
public class ExtractionRuns {

    private static final String COLUMNS = "id, document_id, status, reason, document_type, result::text as result, "
            + "extractor_version, attempts, started_at, finished_at, duration_ms, extracted_at, superseded_at";

    private final JdbcClient jdbc;

    public ExtractionRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ExtractionRun> current(DocumentId document) {
        return jdbc.sql("select " + COLUMNS + " from extraction.extraction_run where document_id = ? "
                + "and superseded_at is null").param(document.value()).query(ExtractionRuns::map).optional();
    }

    /** All runs of a document, newest first. */
    public List<ExtractionRun> history(DocumentId document) {
        return jdbc.sql("select " + COLUMNS + " from extraction.extraction_run where document_id = ? "
                + "order by extracted_at desc, superseded_at desc nulls first")
                .param(document.value()).query(ExtractionRuns::map).list();
    }

    /** The stored children of a document (an e-mail's attachments) with their current status. */
    public List<DocumentPart> parts(DocumentId parent) {
        return jdbc.sql("""
                select d.id, d.file_name, d.media_type, r.status, r.document_type
                from extraction.raw_document d
                left join extraction.extraction_run r on r.document_id = d.id and r.superseded_at is null
                where d.parent_id = ? order by d.received_at, d.file_name""")
                .param(parent.value())
                .query((rs, n) -> new DocumentPart(new DocumentId(rs.getObject("id", UUID.class)),
                        rs.getString("file_name"), rs.getString("media_type"),
                        Optional.ofNullable(rs.getString("status")).map(ExtractionStatus::valueOf),
                        rs.getString("document_type")))
                .list();
    }

    /** Stored documents without a current result and without a live claim, oldest first. */
    List<DocumentId> unextracted(Instant claimsStaleBefore, int limit) {
        return jdbc.sql("""
                select d.id from extraction.raw_document d
                where not exists (select 1 from extraction.extraction_run r
                                  where r.document_id = d.id and r.superseded_at is null)
                  and not exists (select 1 from extraction.extraction_claim c
                                  where c.document_id = d.id and c.claimed_at >= ?)
                order by d.received_at limit ?""")
                .params(Timestamp.from(claimsStaleBefore), limit)
                .query((rs, n) -> new DocumentId(rs.getObject(1, UUID.class))).list();
    }

    /** Documents whose current result came from another extractor version. */
    List<DocumentId> outdated(String version, int limit) {
        return jdbc.sql("""
                select document_id from extraction.extraction_run
                where superseded_at is null and extractor_version <> ?
                  and not exists (select 1 from extraction.extraction_claim c where c.document_id = extraction_run.document_id)
                order by extracted_at limit ?""")
                .params(version, limit)
                .query((rs, n) -> new DocumentId(rs.getObject(1, UUID.class))).list();
    }

    /** Records a run as the document's current one; the previous current run, if any, is superseded. */
    void insertCurrent(ExtractionRun run) {
        Timestamp at = Timestamp.from(run.extractedAt());
        jdbc.sql("update extraction.extraction_run set superseded_at = ? where document_id = ? and superseded_at is null")
                .params(at, run.documentId().value()).update();
        jdbc.sql("""
                insert into extraction.extraction_run (id, document_id, status, reason, document_type, result,
                  extractor_version, attempts, started_at, finished_at, duration_ms, extracted_at)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)""")
                .params(run.id(), run.documentId().value(), run.status().name(), run.reason(), run.documentType(),
                        run.resultJson(), run.extractorVersion(), run.attempts(), Timestamp.from(run.startedAt()),
                        Timestamp.from(run.finishedAt()), run.durationMs(), at)
                .update();
    }

    private static ExtractionRun map(ResultSet rs, int row) throws SQLException {
        return new ExtractionRun(
                rs.getObject("id", UUID.class),
                new DocumentId(rs.getObject("document_id", UUID.class)),
                ExtractionStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getString("document_type"),
                rs.getString("result"),
                rs.getString("extractor_version"),
                rs.getInt("attempts"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getLong("duration_ms"),
                instant(rs, "extracted_at"),
                rs.getObject("superseded_at") == null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
