package io.clearline.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.core.Confidence;
import io.clearline.core.audit.AuditEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ActionGateway#submitAll}: the rules of one proposal at a time, kept for many at once. */
class BatchSubmissionTest extends GovernanceContextTest {

    private static final Actor MATCHER = Actor.matcher("batch-test");

    @BeforeEach
    void recordAutoApprovesConfidentActions() {
        policies.change(GovernanceTestApp.RECORD, new PolicyRules(0.9, null, 0.2), Actor.system("test"), "test");
    }

    @Test
    void eachProposalIsDecidedAuditedAndRunAsIfSubmittedAlone() {
        String sure = unique("invoice");
        String unsure = unique("invoice");
        String failing = unique("invoice");
        String hopeless = unique("invoice");
        long chainBefore = rows("audit_event");

        List<Submission> out = gateway.submitAll(List.of(
                record(sure, RecordingHandler.TestAction.of("A"), 0.95, unique("key")),
                record(unsure, RecordingHandler.TestAction.of("B"), 0.6, unique("key")),
                record(failing, new RecordingHandler.TestAction("C", true, 0), 0.99, unique("key")),
                record(hopeless, RecordingHandler.TestAction.of("D"), 0.1, unique("key"))));

        assertThat(out).extracting(s -> s.proposal().status()).containsExactly(ProposalStatus.EXECUTED,
                ProposalStatus.PENDING_APPROVAL, ProposalStatus.FAILED, ProposalStatus.REJECTED);
        assertThat(out).extracting(Submission::replay).containsOnly(false);
        assertThat(out.get(2).proposal().failureReason()).isEqualTo("IllegalStateException: ledger is closed for C");
        assertThat(recorder.executions(sure)).isEqualTo(1);
        assertThat(recorder.executions(unsure)).isZero();
        assertThat(notes.forSubject(sure)).hasSize(1);
        assertThat(notes.forSubject(failing)).as("the failed handler's write is rolled back").isEmpty();
        assertThat(trail(sure)).containsExactly(
                "matcher:batch-test test.record:proposed null->PROPOSED",
                "system:policy test.record:auto_approved PROPOSED->AUTO_APPROVED",
                "system:dispatcher test.record:executed AUTO_APPROVED->EXECUTED");
        assertThat(trail(unsure)).containsExactly(
                "matcher:batch-test test.record:proposed null->PROPOSED",
                "system:policy test.record:queued PROPOSED->PENDING_APPROVAL");
        assertThat(trail(failing)).last().isEqualTo("system:dispatcher test.record:failed AUTO_APPROVED->FAILED");
        assertThat(trail(hopeless)).last().isEqualTo("system:policy test.record:rejected PROPOSED->REJECTED");
        assertThat(rows("audit_event") - chainBefore).isEqualTo(3 + 2 + 3 + 2);
        ChainVerification chain = audit.verify();
        assertThat(chain.intact()).as(chain.detail()).isTrue();

        // the queued one is an ordinary pending proposal: another person approves it
        assertThat(gateway.approve(out.get(1).proposal().id(), Actor.person("bob")).status())
                .isEqualTo(ProposalStatus.EXECUTED);
        assertThat(recorder.executions(unsure)).isEqualTo(1);
    }

    @Test
    void replaysInsideAndAcrossBatchesExecuteOnce() {
        String subject = unique("invoice");
        String key = unique("key");
        ProposeAction action = record(subject, RecordingHandler.TestAction.of("A"), 0.95, key);

        List<Submission> first = gateway.submitAll(List.of(action, action));
        List<Submission> again = gateway.submitAll(List.of(action));

        assertThat(first).extracting(Submission::replay).containsExactly(false, true);
        assertThat(first.get(1).proposal().id()).isEqualTo(first.get(0).proposal().id());
        assertThat(again.get(0).replay()).isTrue();
        assertThat(again.get(0).proposal().status()).isEqualTo(ProposalStatus.EXECUTED);
        assertThat(recorder.executions(subject)).isEqualTo(1);
        assertThat(trail(subject)).hasSize(3);
    }

    @Test
    void aConflictingKeyStoresNothingOfTheBatch() {
        String key = unique("key");
        gateway.submitAll(List.of(record(unique("invoice"), RecordingHandler.TestAction.of("A"), 0.95, key)));
        long proposals = rows("action_proposal");
        long events = rows("audit_event");
        String innocent = unique("invoice");

        assertThatThrownBy(() -> gateway.submitAll(List.of(
                record(innocent, RecordingHandler.TestAction.of("A"), 0.95, unique("key")),
                record(unique("invoice"), RecordingHandler.TestAction.of("B"), 0.95, key))))
                .isInstanceOf(IdempotencyConflict.class);

        assertThat(rows("action_proposal")).isEqualTo(proposals);
        assertThat(rows("audit_event")).isEqualTo(events);
        assertThat(recorder.executions(innocent)).isZero();
    }

    private List<String> trail(String subject) {
        return audit.query(AuditFilter.subject(subject), 100, 0).stream().map(BatchSubmissionTest::line).toList();
    }

    private static String line(AuditEvent e) {
        return e.actor() + " " + e.action() + " " + e.statusBefore() + "->" + e.statusAfter();
    }

    private static ProposeAction record(String subject, RecordingHandler.TestAction action, double confidence,
            String key) {
        return ProposeAction.of(GovernanceTestApp.RECORD, subject, action, MATCHER, Confidence.of(confidence), key);
    }
}
