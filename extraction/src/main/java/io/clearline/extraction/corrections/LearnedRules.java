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

/** The table {@code extraction.learned_rule}: one rule per sender, document type and field; the latest correction wins. */
@Repository
public class LearnedRules {

    private final JdbcClient jdbc;

    public LearnedRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LearnedRule> of(String senderKey, String documentType) {
        return jdbc.sql("""
                select sender_key, document_type, field, label, relation, learned_from, correction_id, learned_at
                from extraction.learned_rule where sender_key = ? and document_type = ? order by field""")
                .params(senderKey, documentType).query(LearnedRules::map).list();
    }

    void save(LearnedRule r) {
        jdbc.sql("""
                insert into extraction.learned_rule (sender_key, document_type, field, label, relation, learned_from,
                  correction_id, learned_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (sender_key, document_type, field) do update set label = excluded.label,
                  relation = excluded.relation, learned_from = excluded.learned_from,
                  correction_id = excluded.correction_id, learned_at = excluded.learned_at""")
                .params(r.senderKey(), r.documentType(), r.field(), r.label(), r.relation(), r.learnedFrom().value(),
                        r.correctionId(), Timestamp.from(r.learnedAt()))
                .update();
    }

    private static LearnedRule map(ResultSet rs, int row) throws SQLException {
        return new LearnedRule(rs.getString("sender_key"), rs.getString("document_type"), rs.getString("field"),
                rs.getString("label"), rs.getString("relation"), new DocumentId(rs.getObject("learned_from", UUID.class)),
                rs.getObject("correction_id", UUID.class), rs.getObject("learned_at", OffsetDateTime.class).toInstant());
    }
}
