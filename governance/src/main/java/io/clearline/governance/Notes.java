package io.clearline.governance;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads notes; they are written only by executing a {@code note.attach} proposal. */
public class Notes {

    private final JdbcClient jdbc;

    public Notes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first. */
    public List<Note> forSubject(String subject) {
        return jdbc.sql("select id, subject, text, author, proposal_id, created_at from governance.note "
                + "where subject = :subject order by created_at, id")
                .param("subject", subject)
                .query((rs, n) -> new Note(rs.getObject("id", UUID.class), rs.getString("subject"),
                        rs.getString("text"), rs.getString("author"), rs.getObject("proposal_id", UUID.class),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
