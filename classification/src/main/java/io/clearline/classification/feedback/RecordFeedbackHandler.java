package io.clearline.classification.feedback;

import io.clearline.classification.ClassificationFeedback;
import io.clearline.governance.ActionContext;
import io.clearline.governance.ActionHandler;
import io.clearline.governance.ActionOutcome;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Executes {@code classification.feedback}: keeps the correction as labelled data for the next retrain. */
@Component
class RecordFeedbackHandler implements ActionHandler<ClassificationFeedback> {

    private final JdbcClient jdbc;

    RecordFeedbackHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return ClassificationFeedback.KIND;
    }

    @Override
    public Class<ClassificationFeedback> payloadType() {
        return ClassificationFeedback.class;
    }

    @Override
    public ActionOutcome execute(ActionContext<ClassificationFeedback> action) {
        ClassificationFeedback f = action.payload();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into classification.feedback (id, classifier, text, predicted_label, correct_label, model_version,
                    given_by, proposal_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, f.classifier(), f.text(), f.predictedLabel(), f.correctLabel(), f.modelVersion(),
                        f.givenBy(), action.proposalId(),
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
                .update();
        return new ActionOutcome("feedback " + id + ": " + f.classifier() + " should say " + f.correctLabel()
                + (f.predictedLabel() == null ? "" : " (said " + f.predictedLabel() + ")"), id.toString());
    }
}
