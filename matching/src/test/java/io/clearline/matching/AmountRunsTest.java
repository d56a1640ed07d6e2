package io.clearline.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.matching.MatchPattern.AmountFit;
import io.clearline.matching.MatchPattern.PayerEvidence;
import org.junit.jupiter.api.Test;

/**
 * Payments without remittance that pay several invoices: AP runs (consecutive by due date, or with one
 * block left out) are believed before arbitrary combinations; invoices issued after the value date are no
 * candidates; an ambiguous payer is settled by a run only when one side is a run; nobody is named as the
 * payer when nothing the payment could be for is owed.
 */
class AmountRunsTest {

    /** Six NET 30 invoices due 2026-05-31 to 2026-06-10, two days apart; only one subset makes each sum used below. */
    private static TestLedger sixInvoices(TestLedger l, String customer, String prefix) {
        return l.invoice(customer, prefix + "1", "100.00", "2026-05-01", "NET 30")
                .invoice(customer, prefix + "2", "230.00", "2026-05-03", "NET 30")
                .invoice(customer, prefix + "3", "410.00", "2026-05-05", "NET 30")
                .invoice(customer, prefix + "4", "555.00", "2026-05-07", "NET 30")
                .invoice(customer, prefix + "5", "720.00", "2026-05-09", "NET 30")
                .invoice(customer, prefix + "6", "980.00", "2026-05-11", "NET 30");
    }

    private final TestLedger ledger = sixInvoices(new TestLedger().customer("C1", "Harbor Valley Foods, Inc.", "111-222"), "C1", "500");

    @Test
    void consecutiveInvoicesThatMakeTheAmountAreARun() {
        MatchResult r = ledger.matcher().match(ledger.payment("1685.00", "2026-06-05", null, "111-222", "ACH PAYMENT"));
        assertThat(r.chosen().pattern().amount()).isEqualTo(AmountFit.RUN);
        assertThat(r.chosen().documents()).containsExactlyInAnyOrder("5003", "5004", "5005");
        assertThat(r.reviewRequired()).isFalse();
        assertThat(r.allocations().get(0).explanation())
                .contains("one of 3 consecutive open items due 2026-06-04 to 2026-06-08").contains("[RUN]");
    }

    @Test
    void aRunWithOneInvoiceLeftOutIsAGappedRun() {
        MatchResult r = ledger.matcher().match(ledger.payment("2340.00", "2026-06-05", null, "111-222", ""));
        assertThat(r.chosen().pattern().amount()).isEqualTo(AmountFit.RUN_GAPPED);
        assertThat(r.chosen().documents()).containsExactlyInAnyOrder("5002", "5003", "5005", "5006");
        assertThat(r.allocations().get(0).explanation()).contains("1 in between left out").contains("[RUN_GAPPED]");
    }

    @Test
    void aCombinationDueCloseToTheValueDateButNotConsecutiveIsAWindowRun() {
        // 5001 + 5003 + 5005: two gaps, so no run; all due within 5 days of the value date
        MatchResult r = ledger.matcher().match(ledger.payment("1230.00", "2026-06-05", null, "111-222", ""));
        assertThat(r.chosen().pattern().amount()).isEqualTo(AmountFit.RUN_WINDOW);
        assertThat(r.chosen().documents()).containsExactlyInAnyOrder("5001", "5003", "5005");
        assertThat(r.allocations().get(0).explanation()).contains("due within 5 days of the value date").contains("[RUN_WINDOW]");
    }

    @Test
    void aCombinationThatIsNoRunIsLeftToTheSubsetSearch() {
        // the same three invoices paid six weeks after they fell due: no run, no window; the general search finds them
        MatchResult r = ledger.matcher().match(ledger.payment("1230.00", "2026-07-20", null, "111-222", ""));
        assertThat(r.chosen().pattern().amount()).isIn(AmountFit.SUBSET, AmountFit.SUBSET_WIDE);
        assertThat(r.chosen().documents()).containsExactlyInAnyOrder("5001", "5003", "5005");
        assertThat(r.allocations().get(0).explanation()).doesNotContain("[RUN");
    }

    @Test
    void twoRunsMakingTheAmountGoToAPerson() {
        // 5001 + 5002 + 5003 = 740 and 5007 + 5008 = 740 (both consecutive)
        TestLedger l = new TestLedger().customer("C1", "Harbor Valley Foods, Inc.", "111-222")
                .invoice("C1", "5001", "100.00", "2026-05-01", "NET 30")
                .invoice("C1", "5002", "230.00", "2026-05-03", "NET 30")
                .invoice("C1", "5003", "410.00", "2026-05-05", "NET 30")
                .invoice("C1", "5007", "340.00", "2026-05-20", "NET 30")
                .invoice("C1", "5008", "400.00", "2026-05-22", "NET 30");
        MatchResult r = l.matcher().match(l.payment("740.00", "2026-06-05", null, "111-222", ""));
        assertThat(r.reviewRequired()).isTrue();
        assertThat(r.decision()).isEqualTo(Decision.REVIEW);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("2 runs"));
        assertThat(r.ranked()).extracting(Candidate::documents).anySatisfy(d -> assertThat(d).containsExactlyInAnyOrder("5001", "5002", "5003"))
                .anySatisfy(d -> assertThat(d).containsExactlyInAnyOrder("5007", "5008"));
    }

    @Test
    void anInvoiceIssuedAfterTheValueDateIsNotWhatAnAmountOnlyPaymentPays() {
        ledger.invoice("C1", "5009", "777.00", "2026-06-10", "NET 30");
        MatchResult before = ledger.matcher().match(ledger.payment("777.00", "2026-06-05", null, "111-222", ""));
        assertThat(before.chosen().documents()).isEmpty();
        assertThat(before.decision()).isEqualTo(Decision.REVIEW);
        // the same amount paid after the invoice was issued is explained by it
        MatchResult after = ledger.matcher().match(ledger.payment("777.00", "2026-06-12", null, "111-222", ""));
        assertThat(after.chosen().documents()).containsExactly("5009");
    }

    @Test
    void anInvoiceIssuedAfterTheValueDateIsNoPartOfARun() {
        // 5006 + 5010 would be a run of two if 5010 (issued after the payment) counted
        ledger.invoice("C1", "5010", "20.00", "2026-06-10", "NET 30");
        MatchResult r = ledger.matcher().match(ledger.payment("1000.00", "2026-06-05", null, "111-222", ""));
        assertThat(r.chosen().documents()).doesNotContain("5010");
    }

    private static TestLedger sisters() {
        return new TestLedger().customer("C1", "Harbor Valley Foods, Inc.").customer("C2", "Harbor Valley Foods LLC");
    }

    @Test
    void anAmbiguousPayerIsSettledByARunWhenOnlyOneSideIsARun() {
        TestLedger l = sixInvoices(sisters(), "C1", "500");
        // C2's items make 1685.00 only by a combination with gaps (1000 + 600 + 85, others between them), due
        // weeks before the payment: no run, no window
        l.invoice("C2", "6001", "1000.00", "2026-04-01", "NET 30")
                .invoice("C2", "6002", "333.00", "2026-04-03", "NET 30")
                .invoice("C2", "6003", "600.00", "2026-04-05", "NET 30")
                .invoice("C2", "6004", "444.00", "2026-04-07", "NET 30")
                .invoice("C2", "6005", "85.00", "2026-04-09", "NET 30");
        MatchResult r = l.matcher().match(l.payment("1685.00", "2026-06-05", "HARBOR VALLEY FOODS", null, ""));
        assertThat(r.customer()).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("C1"));
        assertThat(r.chosen().pattern().payer()).isEqualTo(PayerEvidence.AMOUNT_CONFIRMED);
        assertThat(r.chosen().pattern().amount()).isEqualTo(AmountFit.RUN);
        assertThat(r.reviewRequired()).isFalse();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("run"));
        assertThat(r.alternatives()).anySatisfy(c -> {
            assertThat(c.customer().orElseThrow().value()).isEqualTo("C2");
            assertThat(c.documents()).containsExactlyInAnyOrder("6001", "6003", "6005");
        });
    }

    @Test
    void aWindowCombinationDoesNotSettleAnAmbiguousPayer() {
        // C1 makes 1230.00 only as 5001 + 5003 + 5005 (no run, a window); C2 owes nothing that makes it
        TestLedger l = sixInvoices(sisters(), "C1", "500").invoice("C2", "6001", "99.00", "2026-05-01", "NET 30");
        MatchResult r = l.matcher().match(l.payment("1230.00", "2026-06-05", "HARBOR VALLEY FOODS", null, ""));
        assertThat(r.chosen().pattern().payer()).isNotEqualTo(PayerEvidence.AMOUNT_CONFIRMED);
        assertThat(r.reviewRequired()).isTrue();
        assertThat(r.decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void twoRunsForTwoCustomersLeaveTheAmbiguousPayerToAPerson() {
        TestLedger l = sixInvoices(sixInvoices(sisters(), "C1", "500"), "C2", "600");
        MatchResult r = l.matcher().match(l.payment("1685.00", "2026-06-05", "HARBOR VALLEY FOODS", null, ""));
        assertThat(r.reviewRequired()).isTrue();
        assertThat(r.decision()).isEqualTo(Decision.REVIEW);
        assertThat(r.ranked()).extracting(c -> c.customer().orElseThrow().value()).contains("C1", "C2");
    }

    @Test
    void whenNoOpenItemIsOwedAnAmbiguousPayerIsNotNamed() {
        TestLedger l = sixInvoices(sixInvoices(sisters(), "C1", "500"), "C2", "600");
        MatchResult r = l.matcher().match(l.payment("123456.00", "2026-06-05", "HARBOR VALLEY FOODS", null, "DEPOSIT"));
        assertThat(r.customer()).isEmpty();
        assertThat(r.chosen().documents()).isEmpty();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("no payer is named"));
    }

    @Test
    void aKnownAccountStillNamesThePayerWhenNothingIsOwed() {
        MatchResult r = ledger.matcher().match(ledger.payment("123456.00", "2026-06-05", null, "111-222", "DEPOSIT"));
        assertThat(r.customer()).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("C1"));
        assertThat(r.chosen().documents()).isEmpty();
    }
}
