package io.clearline.governance.note;

import io.clearline.governance.ActionContext;
import io.clearline.governance.ActionHandler;
import io.clearline.governance.ActionOutcome;
import io.clearline.governance.AttachNote;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Executes {@code note.attach}: stores the note on the proposal's subject. */
public class AttachNoteHandler implements ActionHandler<AttachNote> {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AttachNoteHandler(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return AttachNote.KIND;
    }

    @Override
    public Class<AttachNote> payloadType() {
        return AttachNote.class;
    }

    @Override
    public ActionOutcome execute(ActionContext<AttachNote> action) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into governance.note (id, subject, text, author, proposal_id, created_at) "
                + "values (:id, :subject, :text, :author, :proposal, :at)")
                .param("id", id)
                .param("subject", action.subject())
                .param("text", action.payload().text())
                .param("author", action.payload().author())
                .param("proposal", action.proposalId())
                .param("at", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
        return new ActionOutcome("note " + id + " attached to " + action.subject(), id.toString());
    }
}
