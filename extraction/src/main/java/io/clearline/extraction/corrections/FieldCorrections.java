package io.clearline.extraction.corrections;

import io.clearline.core.DocumentId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code extraction.field_correction}; rows are written by the {@code extraction.correct} handler only. */
@Repository
public class FieldCorrections {

    private final JdbcClient jdbc;

    public FieldCorrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A document's corrections, oldest first (a later one of the same field wins). */
    public List<FieldCorrection> of(DocumentId document) {
        return jdbc.sql("""
                select id, document_id, field, line_index, value, previous_value, sender_key, provenance::text as provenance,
                       corrected_by, proposal_id, corrected_at
                from extraction.field_correction where document_id = ? order by corrected_at, id""")
                .param(document.value()).query(FieldCorrections::map).list();
    }

    void insert(FieldCorrection c) {
        jdbc.sql("""
                insert into extraction.field_correction (id, document_id, field, line_index, value, previous_value,
                  sender_key, provenance, corrected_by, proposal_id, corrected_at)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(c.id(), c.documentId().value(), c.field(), c.line(), c.value(), c.previousValue(),
                        c.senderKey(), c.provenanceJson(), c.correctedBy(), c.proposalId(),
                        Timestamp.from(c.correctedAt()))
                .update();
    }

    private static FieldCorrection map(ResultSet rs, int row) throws SQLException {
        return new FieldCorrection(rs.getObject("id", UUID.class),
                new DocumentId(rs.getObject("document_id", UUID.class)), rs.getString("field"),
                (Integer) rs.getObject("line_index"), rs.getString("value"), rs.getString("previous_value"),
                rs.getString("sender_key"), rs.getString("provenance"), rs.getString("corrected_by"),
                rs.getObject("proposal_id", UUID.class), rs.getObject("corrected_at", OffsetDateTime.class).toInstant());
    }
}
