package io.clearline.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.core.Confidence;
import io.clearline.core.audit.AuditEvent;
import io.clearline.core.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

class PoliciesTest extends GovernanceContextTest {

    private static final Actor CONTROLLER = Actor.person("controller");
    private static final String KIND = GovernanceTestApp.RECORD;

    @Autowired
    ApplicationEvents events;

    @Test
    void confidenceThresholdDecidesBetweenAutoAndApproval() {
        policies.change(KIND, new PolicyRules(0.8, null, null), CONTROLLER, "pilot");

        assertThat(propose(0.85, null).status()).isEqualTo(ProposalStatus.EXECUTED);
        assertThat(propose(0.80, null).status()).isEqualTo(ProposalStatus.EXECUTED);
        assertThat(propose(0.79, null).status()).isEqualTo(ProposalStatus.PENDING_APPROVAL);
    }

    @Test
    void amountLimitSendsLargeOrForeignAmountsToAPerson() {
        policies.change(KIND, new PolicyRules(0.5, Money.of("1000.00", "EUR"), null), CONTROLLER, "limit");

        assertThat(propose(0.99, Money.of("1000.00", "EUR")).status()).isEqualTo(ProposalStatus.EXECUTED);
        assertThat(propose(0.99, Money.of("-250.00", "EUR")).status()).isEqualTo(ProposalStatus.EXECUTED);
        ActionProposal large = propose(0.99, Money.of("1000.01", "EUR"));
        assertThat(large.status()).isEqualTo(ProposalStatus.PENDING_APPROVAL);
        assertThat(large.decisionReason()).contains("above the auto-approve limit 1000.00 EUR");
        assertThat(large.amount()).isEqualTo(Money.of("1000.01", "EUR"));
        assertThat(propose(0.99, Money.of("10.00", "USD")).status()).isEqualTo(ProposalStatus.PENDING_APPROVAL);
        assertThat(propose(0.99, null).status()).isEqualTo(ProposalStatus.EXECUTED);
    }

    @Test
    void veryLowConfidenceIsRejectedWithoutRunning() {
        policies.change(KIND, new PolicyRules(0.9, null, 0.3), CONTROLLER, "noise filter");

        ActionProposal p = propose(0.29, null);

        assertThat(p.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(p.decidedBy()).isEqualTo(ActionGateway.POLICY);
        assertThat(recorder.executions(p.subject())).isZero();
        assertThat(propose(0.3, null).status()).isEqualTo(ProposalStatus.PENDING_APPROVAL);
        assertThat(events.stream(ActionRejected.class).filter(e -> e.proposalId().equals(p.id()))).hasSize(1);
    }

    @Test
    void kindWithoutPolicyAlwaysNeedsAPerson() {
        assertThat(policies.current(GovernanceTestApp.UNRULED)).isEmpty();

        ActionProposal p = gateway.propose(ProposeAction.of(GovernanceTestApp.UNRULED, unique("invoice"),
                RecordingHandler.TestAction.of("A"), Actor.matcher("cash"), Confidence.CERTAIN, unique("key")));

        assertThat(p.status()).isEqualTo(ProposalStatus.PENDING_APPROVAL);
        assertThat(p.policyVersion()).isNull();
        assertThat(audit.query(AuditFilter.subject(p.subject()), 10, 0))
                .extracting(AuditEvent::policyVersion).containsOnly("test.unruled@default");
    }

    @Test
    void changingAPolicyAddsAnAuditedVersionAndDecisionsNameTheirVersion() {
        ActionPolicy v1 = policies.change(KIND, new PolicyRules(0.99, null, null), CONTROLLER, "strict");
        ActionProposal underV1 = propose(0.95, null);
        ActionPolicy v2 = policies.change(KIND, new PolicyRules(0.9, null, null), CONTROLLER, "relaxed");
        ActionProposal underV2 = propose(0.95, null);

        assertThat(v2.version()).isEqualTo(v1.version() + 1);
        assertThat(policies.current(KIND)).contains(v2);
        assertThat(policies.history(KIND)).extracting(ActionPolicy::version).endsWith(v1.version(), v2.version());
        assertThat(underV1.status()).isEqualTo(ProposalStatus.PENDING_APPROVAL);
        assertThat(underV1.policyVersion()).isEqualTo(v1.version());
        assertThat(gateway.get(underV1.id()).policyVersion()).as("old decisions keep their version")
                .isEqualTo(v1.version());
        assertThat(underV2.status()).isEqualTo(ProposalStatus.EXECUTED);
        assertThat(underV2.policyVersion()).isEqualTo(v2.version());

        AuditEvent change = audit.query(AuditFilter.subject("policy:" + KIND), 1000, 0).stream()
                .filter(e -> ("v" + v2.version()).equals(e.statusAfter())).findFirst().orElseThrow();
        assertThat(change.action()).isEqualTo("policy.changed");
        assertThat(change.actor()).isEqualTo("person:controller");
        assertThat(change.statusBefore()).isEqualTo("v" + v1.version());
        assertThat(change.policyVersion()).isEqualTo(v2.label());
        assertThat(events.stream(PolicyChanged.class).filter(e -> e.version() == v2.version())).hasSize(1);
    }

    @Test
    void automatedActorsCannotMoveTheirOwnGate() {
        int before = policies.history(KIND).size();

        assertThatThrownBy(() -> policies.change(KIND, new PolicyRules(0.0, null, null), Actor.agent("playbook"),
                "let me through")).isInstanceOf(SegregationOfDutiesViolation.class);
        assertThatThrownBy(() -> new PolicyRules(0.5, null, 0.7)).isInstanceOf(InvalidPayload.class);
        assertThatThrownBy(() -> new PolicyRules(1.5, null, null)).isInstanceOf(InvalidPayload.class);

        assertThat(policies.history(KIND)).hasSize(before);
    }

    @Test
    void configuredDefaultIsStoredAsVersionOne() {
        ActionPolicy note = policies.history(AttachNote.KIND).get(0);

        assertThat(note.version()).isEqualTo(1);
        assertThat(note.createdBy()).isEqualTo(Actor.system("config"));
        assertThat(note.rules()).isEqualTo(new PolicyRules(0.9, null, null));
        policies.seed(java.util.Map.of(AttachNote.KIND, PolicyRules.ALWAYS_ASK));
        assertThat(policies.current(AttachNote.KIND)).contains(note);
    }

    private ActionProposal propose(double confidence, Money amount) {
        return gateway.propose(ProposeAction.of(KIND, unique("invoice"), RecordingHandler.TestAction.of("A"),
                Actor.matcher("cash"), Confidence.of(confidence), unique("key")).withAmount(amount));
    }
}
