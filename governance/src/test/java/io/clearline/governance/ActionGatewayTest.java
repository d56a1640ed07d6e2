package io.clearline.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.core.Confidence;
import io.clearline.core.audit.AuditEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

class ActionGatewayTest extends GovernanceContextTest {

    private static final Actor ALICE = Actor.person("alice");
    private static final Actor BOB = Actor.person("bob");
    private static final Actor AGENT = Actor.agent("playbook");

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void recordAutoApprovesConfidentActions() {
        policies.change(GovernanceTestApp.RECORD, new PolicyRules(0.9, null, null), Actor.system("test"), "test");
    }

    @Test
    void attachesANoteEndToEndWhenPolicyAllows() {
        String document = unique("document");
        ActionProposal p = gateway.propose(ProposeAction.of(AttachNote.KIND, document,
                new AttachNote("Customer called: remittance follows by Friday", "alice"), ALICE, Confidence.CERTAIN,
                unique("key")));

        assertThat(p.status()).isEqualTo(ProposalStatus.EXECUTED);
        assertThat(p.decidedBy()).isEqualTo(ActionGateway.POLICY);
        assertThat(p.outcome()).contains("attached to " + document);
        assertThat(notes.forSubject(document)).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Customer called: remittance follows by Friday");
            assertThat(n.author()).isEqualTo("alice");
            assertThat(n.proposalId()).isEqualTo(p.id());
        });
        assertThat(trail(p)).containsExactly(
                "person:alice note.attach:proposed null->PROPOSED note.attach@v1",
                "system:policy note.attach:auto_approved PROPOSED->AUTO_APPROVED note.attach@v1",
                "system:dispatcher note.attach:executed AUTO_APPROVED->EXECUTED note.attach@v1");
        assertThat(events.stream(ActionProposed.class).filter(e -> e.proposalId().equals(p.id()))).hasSize(1);
        assertThat(events.stream(ActionExecuted.class).filter(e -> e.proposalId().equals(p.id()))).hasSize(1);
    }

    @Test
    void unsureProposalWaitsForAnotherPersonThenRuns() {
        String document = unique("document");
        ActionProposal p = gateway.propose(note(document, AGENT, 0.6, unique("key")));

        assertThat(p.status()).isEqualTo(ProposalStatus.PENDING_APPROVAL);
        assertThat(p.decisionReason()).contains("below the auto-approve threshold 0.9");
        assertThat(notes.forSubject(document)).isEmpty();
        assertThat(gateway.pending(500, 0)).extracting(ActionProposal::id).contains(p.id());

        ActionProposal done = gateway.approve(p.id(), BOB);

        assertThat(done.status()).isEqualTo(ProposalStatus.EXECUTED);
        assertThat(done.decidedBy()).isEqualTo(BOB);
        assertThat(notes.forSubject(document)).hasSize(1);
        assertThat(gateway.pending(500, 0)).extracting(ActionProposal::id).doesNotContain(p.id());
        assertThat(trail(p)).containsExactly(
                "agent:playbook note.attach:proposed null->PROPOSED note.attach@v1",
                "system:policy note.attach:queued PROPOSED->PENDING_APPROVAL note.attach@v1",
                "person:bob note.attach:approved PENDING_APPROVAL->APPROVED note.attach@v1",
                "system:dispatcher note.attach:executed APPROVED->EXECUTED note.attach@v1");
    }

    @Test
    void makerCannotBeChecker() {
        String document = unique("document");
        ActionProposal p = gateway.propose(note(document, ALICE, 0.5, unique("key")));
        long auditBefore = rows("audit_event");

        assertThatThrownBy(() -> gateway.approve(p.id(), ALICE))
                .isInstanceOfSatisfying(SegregationOfDutiesViolation.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(403);
                    assertThat(e.problemType()).isEqualTo("segregation-of-duties");
                    assertThat(e).hasMessageContaining("maker-checker");
                });
        assertThatThrownBy(() -> gateway.approve(p.id(), Actor.person("ALICE ")))
                .isInstanceOf(SegregationOfDutiesViolation.class);
        assertThatThrownBy(() -> gateway.approve(p.id(), AGENT))
                .isInstanceOf(SegregationOfDutiesViolation.class).hasMessageContaining("only a person");

        assertThat(gateway.get(p.id()).status()).isEqualTo(ProposalStatus.PENDING_APPROVAL);
        assertThat(rows("audit_event")).isEqualTo(auditBefore);
        assertThat(notes.forSubject(document)).isEmpty();

        assertThat(gateway.approve(p.id(), BOB).status()).isEqualTo(ProposalStatus.EXECUTED);
    }

    @Test
    void onlyPendingProposalsCanBeApprovedOrRejected() {
        ActionProposal p = gateway.propose(note(unique("document"), AGENT, 0.5, unique("key")));
        gateway.approve(p.id(), BOB);

        assertThatThrownBy(() -> gateway.approve(p.id(), Actor.person("carol")))
                .isInstanceOfSatisfying(InvalidProposalState.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.status()).isEqualTo(ProposalStatus.EXECUTED);
                });
        assertThatThrownBy(() -> gateway.reject(p.id(), BOB, "too late"))
                .isInstanceOf(InvalidProposalState.class);
        UUID missing = UUID.randomUUID();
        assertThatThrownBy(() -> gateway.approve(missing, BOB))
                .isInstanceOfSatisfying(ProposalNotFound.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
    }

    @Test
    void rejectedProposalNeverRuns() {
        String document = unique("document");
        ActionProposal p = gateway.propose(note(document, AGENT, 0.5, unique("key")));

        ActionProposal rejected = gateway.reject(p.id(), BOB, "duplicate of an earlier note");

        assertThat(rejected.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("duplicate of an earlier note");
        assertThat(rejected.decidedBy()).isEqualTo(BOB);
        assertThat(notes.forSubject(document)).isEmpty();
        assertThatThrownBy(() -> gateway.approve(p.id(), Actor.person("carol")))
                .isInstanceOf(InvalidProposalState.class);
        assertThat(events.stream(ActionRejected.class).filter(e -> e.proposalId().equals(p.id()))).hasSize(1);
    }

    @Test
    void sameKeyAndSamePayloadExecutesOnce() {
        String subject = unique("invoice");
        String key = unique("key");
        Submission first = gateway.submit(record(subject, "A", key));
        long auditAfterFirst = rows("audit_event");

        // a retry may arrive as a Map from JSON rather than the record: same content, same action
        Submission retry = gateway.submit(ProposeAction.of(GovernanceTestApp.RECORD, subject,
                Map.of("value", "A", "fail", false, "sleepMillis", 0), AGENT, Confidence.of(0.95), key));
        ActionProposal again = retry.proposal();

        assertThat(first.replay()).isFalse();
        assertThat(retry.replay()).isTrue();
        assertThat(again.id()).isEqualTo(first.proposal().id());
        assertThat(again.status()).isEqualTo(ProposalStatus.EXECUTED);
        assertThat(recorder.executions(subject)).isEqualTo(1);
        assertThat(rows("audit_event")).isEqualTo(auditAfterFirst);
    }

    @Test
    void sameKeyWithAnotherPayloadIsAConflictAndStoresNothing() {
        String subject = unique("invoice");
        String key = unique("key");
        gateway.propose(record(subject, "A", key));
        long proposals = rows("action_proposal");
        long auditEvents = rows("audit_event");

        assertThatThrownBy(() -> gateway.propose(record(subject, "B", key)))
                .isInstanceOfSatisfying(IdempotencyConflict.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.problemType()).isEqualTo("idempotency-conflict");
                    assertThat(e.idempotencyKey()).isEqualTo(key);
                    assertThat(e).hasMessageContaining("payload differs");
                });
        assertThatThrownBy(() -> gateway.propose(record(unique("invoice"), "A", key)))
                .isInstanceOf(IdempotencyConflict.class).hasMessageContaining("subject differs");

        assertThat(rows("action_proposal")).isEqualTo(proposals);
        assertThat(rows("audit_event")).isEqualTo(auditEvents);
        assertThat(recorder.executions(subject)).isEqualTo(1);
    }

    @Test
    void concurrentProposalsWithOneKeyExecuteOnce() throws Exception {
        String subject = unique("invoice");
        String key = unique("key");
        ProposeAction slow = ProposeAction.of(GovernanceTestApp.RECORD, subject,
                new RecordingHandler.TestAction("A", false, 150), AGENT, Confidence.of(0.95), key);

        List<ActionProposal> results = Concurrently.run(8, () -> gateway.propose(slow));

        assertThat(results).extracting(ActionProposal::id).containsOnly(results.get(0).id());
        assertThat(results).extracting(ActionProposal::status).containsOnly(ProposalStatus.EXECUTED);
        assertThat(recorder.executions(subject)).isEqualTo(1);
        assertThat(audit.query(AuditFilter.subject(subject), 100, 0)).hasSize(3);
    }

    @Test
    void handlerFailureIsRecordedAndItsWritesRolledBack() {
        String subject = unique("invoice");
        ActionProposal p = gateway.propose(ProposeAction.of(GovernanceTestApp.RECORD, subject,
                new RecordingHandler.TestAction("A", true, 0), AGENT, Confidence.of(0.95), unique("key")));

        assertThat(p.status()).isEqualTo(ProposalStatus.FAILED);
        assertThat(p.failureReason()).isEqualTo("IllegalStateException: ledger is closed for A");
        assertThat(gateway.get(p.id()).status()).isEqualTo(ProposalStatus.FAILED);
        assertThat(notes.forSubject(subject)).as("the handler's own insert is rolled back").isEmpty();
        assertThat(trail(p)).last().asString().contains("test.record:failed AUTO_APPROVED->FAILED");
        assertThat(events.stream(ActionFailed.class).filter(e -> e.proposalId().equals(p.id()))).hasSize(1);
    }

    @Test
    void invalidProposalsStoreNothing() {
        long proposals = rows("action_proposal");
        long auditEvents = rows("audit_event");

        assertThatThrownBy(() -> gateway.propose(ProposeAction.of(AttachNote.KIND, unique("document"),
                new AttachNote(" ", "alice"), ALICE, Confidence.CERTAIN, unique("key"))))
                .isInstanceOfSatisfying(InvalidPayload.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(422);
                    assertThat(e.errors()).singleElement().asString().startsWith("text ");
                });
        assertThatThrownBy(() -> gateway.propose(ProposeAction.of(AttachNote.KIND, unique("document"),
                Map.of("text", "hi", "author", "alice", "amount", 5), ALICE, Confidence.CERTAIN, unique("key"))))
                .isInstanceOf(InvalidPayload.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> gateway.propose(ProposeAction.of("cash.teleport", unique("document"),
                Map.of(), ALICE, Confidence.CERTAIN, unique("key"))))
                .isInstanceOfSatisfying(UnknownActionKind.class,
                        e -> assertThat(e.problemType()).isEqualTo("unknown-action-kind"));
        assertThatThrownBy(() -> ProposeAction.of(AttachNote.KIND, "document:1", new AttachNote("x", "y"), ALICE,
                Confidence.CERTAIN, "  ")).isInstanceOf(InvalidPayload.class);

        assertThat(rows("action_proposal")).isEqualTo(proposals);
        assertThat(rows("audit_event")).isEqualTo(auditEvents);
    }

    @Test
    void approvedProposalLeftBehindByACrashIsResumedOnce() {
        String document = unique("document");
        ActionProposal p = gateway.propose(note(document, AGENT, 0.5, unique("key")));
        // what a process that died right after committing the approval leaves behind
        jdbc().sql("update governance.action_proposal set status = 'APPROVED' where id = :id").param("id", p.id())
                .update();

        List<ActionProposal> resumed = gateway.resumeStalled(java.time.Duration.ZERO, 500);

        assertThat(resumed).extracting(ActionProposal::id).contains(p.id());
        assertThat(gateway.get(p.id()).status()).isEqualTo(ProposalStatus.EXECUTED);
        assertThat(notes.forSubject(document)).hasSize(1);
        assertThat(gateway.resumeStalled(java.time.Duration.ZERO, 500)).extracting(ActionProposal::id)
                .doesNotContain(p.id());
        assertThat(notes.forSubject(document)).hasSize(1);
    }

    @Test
    void everyStateChangeLeavesAnIntactChain() {
        gateway.propose(note(unique("document"), ALICE, 1.0, unique("key")));

        ChainVerification result = audit.verify();

        assertThat(result.intact()).as(result.detail()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(rows("audit_event"));
    }

    private List<String> trail(ActionProposal p) {
        return audit.query(AuditFilter.subject(p.subject()), 100, 0).stream()
                .filter(e -> p.correlationId().value().equals(e.correlationId()))
                .map(ActionGatewayTest::line).toList();
    }

    private static String line(AuditEvent e) {
        return e.actor() + " " + e.action() + " " + e.statusBefore() + "->" + e.statusAfter() + " " + e.policyVersion();
    }

    private static ProposeAction note(String subject, Actor by, double confidence, String key) {
        return ProposeAction.of(AttachNote.KIND, subject, new AttachNote("check the short pay", by.name()), by,
                Confidence.of(confidence), key);
    }

    private static ProposeAction record(String subject, String value, String key) {
        return ProposeAction.of(GovernanceTestApp.RECORD, subject, RecordingHandler.TestAction.of(value), AGENT,
                Confidence.of(0.95), key);
    }
}
