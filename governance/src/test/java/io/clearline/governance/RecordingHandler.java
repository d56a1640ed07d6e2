package io.clearline.governance;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test action kind that counts how often it ran per subject, can be slowed down to widen race
 * windows, and can fail after writing (to show the write is rolled back).
 */
class RecordingHandler implements ActionHandler<RecordingHandler.TestAction> {

    record TestAction(String value, boolean fail, int sleepMillis) {

        static TestAction of(String value) {
            return new TestAction(value, false, 0);
        }
    }

    private final String kind;
    private final JdbcClient jdbc;
    private final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();

    RecordingHandler(String kind, DataSource dataSource) {
        this.kind = kind;
        this.jdbc = JdbcClient.create(dataSource);
    }

    int executions(String subject) {
        AtomicInteger n = executions.get(subject);
        return n == null ? 0 : n.get();
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Class<TestAction> payloadType() {
        return TestAction.class;
    }

    @Override
    public ActionOutcome execute(ActionContext<TestAction> action) {
        executions.computeIfAbsent(action.subject(), s -> new AtomicInteger()).incrementAndGet();
        if (action.payload().sleepMillis() > 0) {
            try {
                Thread.sleep(action.payload().sleepMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // a real write, so a failure shows that the handler's writes are rolled back
        jdbc.sql("insert into governance.note (id, subject, text, author, proposal_id, created_at) "
                + "values (:id, :subject, :text, 'test', :proposal, now())")
                .param("id", UUID.randomUUID()).param("subject", action.subject())
                .param("text", action.payload().value()).param("proposal", action.proposalId()).update();
        if (action.payload().fail()) {
            throw new IllegalStateException("ledger is closed for " + action.payload().value());
        }
        return ActionOutcome.of("recorded " + action.payload().value());
    }
}
