package io.clearline.matching.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.CustomerId;
import io.clearline.core.PaymentId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.OpenItemType;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.PaymentTerms;
import io.clearline.governance.ActionGateway;
import io.clearline.governance.AuditFilter;
import io.clearline.governance.AuditLog;
import io.clearline.governance.ChainVerification;
import io.clearline.governance.ProposalStatus;
import io.clearline.governance.testing.FreshDatabase;
import io.clearline.governance.testing.PostgresProperties;
import io.clearline.governance.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link CashApplication#matchAll}: payments in chunks through the gateway, as one by one would do. */
@SpringBootTest(classes = CashTestApp.class, properties = {
    "spring.flyway.locations=classpath:db/migration/governance,classpath:db/migration/matching",
    "clearline.governance.policies[0].kind=cash.apply",
    "clearline.governance.policies[0].auto-approve-min-confidence=0.9614705627705626"})
class BatchCashApplicationTest {

    private static final TestDatabase.Connection DB = FreshDatabase.create("matching_batch");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresProperties.register(registry, DB);
    }

    @Autowired
    CashApplication cash;
    @Autowired
    ActionGateway gateway;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void appliesSureMatchesQueuesTheRestAndLeavesAnIntactChain() {
        List<Customer> customers = new ArrayList<>();
        List<OpenItem> items = new ArrayList<>();
        List<Payment> payments = new ArrayList<>();
        // 300 customers with one invoice each, paid exactly from their known account: more than one chunk
        for (int i = 0; i < 300; i++) {
            String c = "C" + i;
            customers.add(new Customer(new CustomerId(c), "Customer Number " + i + " GmbH", List.of(),
                    List.of("DE" + (1000 + i))));
            items.add(invoice(c, "INV-" + (50000 + i), "100" + i + ".50"));
            payments.add(payment("P" + i, "100" + i + ".50", "DE" + (1000 + i), "INV-" + (50000 + i)));
        }
        // the same invoice paid twice in one batch: the second is checked against what the first left
        items.add(invoice("C7", "INV-77777", "1000.00"));
        payments.add(payment("P-half-1", "400.00", "DE1007", "INV-77777"));
        payments.add(payment("P-half-2", "600.00", "DE1007", "INV-77777"));
        // nobody's money
        payments.add(payment("P-unknown", "123.45", "XX999", "no reference"));
        cash.upsert(customers, items);
        long appliedBefore = count("matching.applied_payment");
        int pendingBefore = gateway.pending(500, 0).size();

        CashApplication.BatchOutcome outcome = cash.matchAll(payments);

        assertThat(outcome.payments()).isEqualTo(303);
        assertThat(outcome.failed()).as("no proposal is refused for a stale item").isZero();
        assertThat(outcome.applied()).isGreaterThanOrEqualTo(300);
        assertThat(outcome.applied() + outcome.queued()).isEqualTo(302);
        assertThat(outcome.nothingToApply()).isEqualTo(1);
        assertThat(count("matching.applied_payment") - appliedBefore).isEqualTo(outcome.applied());
        assertThat(jdbc.sql("select open_amount from matching.open_item where document_number = 'INV-50042'")
                .query(BigDecimal.class).single()).isZero();
        assertThat(gateway.pending(500, 0)).hasSize(pendingBefore + outcome.queued());
        assertThat(audit.query(AuditFilter.subject("payment:P42"), 10, 0))
                .extracting(e -> e.actor() + " " + e.action())
                .containsExactly("matcher:cash-matcher cash.apply:proposed", "system:policy cash.apply:auto_approved",
                        "system:dispatcher cash.apply:executed");
        ChainVerification chain = audit.verify();
        assertThat(chain.intact()).as(chain.detail()).isTrue();

        // a second run proposes nothing again
        CashApplication.BatchOutcome again = cash.matchAll(payments);
        assertThat(again.proposedBefore()).isEqualTo(302);
        assertThat(again.applied()).isZero();
        assertThat(gateway.forSubject("payment:P42")).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(ProposalStatus.EXECUTED));
    }

    @Test
    void aConfirmedPayerIsRecognisedNextTimeAlsoAfterTheIndexIsRebuilt() {
        Customer hollow = new Customer(new CustomerId("L1"), "Hollowbrook Provisions Ltd", List.of(), List.of());
        cash.upsert(List.of(hollow, new Customer(new CustomerId("L2"), "Quarry Lane Tools Inc", List.of(), List.of())),
                List.of(invoice("L1", "H-1", "250.00"), invoice("L1", "H-2", "310.00"),
                        invoice("L2", "Q-1", "999.00")));
        Payment first = payment("PL-1", "250.00", "GB33BUKB20201555555555", "thanks", "HBP TRADING");

        assertThat(cash.match(first).proposal()).as("nobody can tell who HBP TRADING is").isEmpty();

        cash.confirmPayer(first, new CustomerId("L1"), io.clearline.governance.Actor.person("ana"));
        // an upsert rebuilds the index from the store: what was learned must come back with it
        cash.upsert(List.of(), List.of(invoice("L2", "Q-2", "12.00")));
        Payment next = payment("PL-2", "310.00", "GB33 BUKB 2020 1555 5555 55", "", "HBP TRADING");
        MatchOutcome outcome = cash.match(next);

        assertThat(outcome.result()).hasValueSatisfying(r -> {
            assertThat(r.chosen().customer()).contains(new CustomerId("L1"));
            assertThat(r.allocations()).anySatisfy(a -> assertThat(a.documentNumber()).contains("H-2"));
        });
        assertThat(jdbc.sql("select count(*) from matching.learned_payer where customer_id = 'L1'").query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aPaymentWhoseProposalWasRejectedIsProposedAgain() {
        cash.upsert(List.of(new Customer(new CustomerId("R1"), "Riverside Paper Co", List.of(), List.of("DE7777"))),
                List.of(invoice("R1", "R-1", "480.00"), invoice("R1", "R-2", "480.00")));
        Payment payment = payment("PR-1", "480.00", "DE7777", "");
        var first = cash.match(payment).proposal().orElseThrow();
        assertThat(first.status()).as("two invoices of that amount: a person picks").isEqualTo(ProposalStatus.PENDING_APPROVAL);

        assertThat(cash.match(payment).replay()).as("while it is pending, nothing new").isTrue();
        gateway.reject(first.id(), io.clearline.governance.Actor.person("ana"), "wrong invoice, customer paid R-2");
        MatchOutcome again = cash.match(payment);

        assertThat(again.replay()).isFalse();
        assertThat(again.proposal()).hasValueSatisfying(p -> {
            assertThat(p.id()).isNotEqualTo(first.id());
            assertThat(p.idempotencyKey()).isEqualTo("cash.apply:PR-1#2");
            assertThat(p.status()).isEqualTo(ProposalStatus.PENDING_APPROVAL);
        });
        assertThat(gateway.forSubject("payment:PR-1")).hasSize(2);
        assertThat(cash.matchAll(List.of(payment)).proposedBefore()).as("the second attempt stands").isEqualTo(1);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static OpenItem invoice(String customer, String number, String amount) {
        Money m = Money.of(amount, "EUR");
        return new OpenItem(new CustomerId(customer), number, OpenItemType.INVOICE, Optional.empty(),
                LocalDate.parse("2026-05-02"), LocalDate.parse("2026-06-01"), PaymentTerms.parse("NET 30").orElseThrow(),
                m, m);
    }

    private static Payment payment(String id, String amount, String account, String reference) {
        return payment(id, amount, account, reference, "ACME");
    }

    private static Payment payment(String id, String amount, String account, String reference, String payer) {
        return new Payment(new PaymentId(id), LocalDate.parse("2026-05-20"), Money.of(amount, "EUR"),
                Optional.of(payer), Optional.of(account), reference, List.of());
    }
}
