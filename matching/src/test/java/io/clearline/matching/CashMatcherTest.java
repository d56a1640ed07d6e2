package io.clearline.matching;

import static io.clearline.matching.TestLedger.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.receivables.RemittanceLine;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CashMatcherTest {

    private final TestLedger ledger = new TestLedger()
            .customer("C1", "Harbor Valley Foods, Inc.", "111-222")
            .customer("C2", "Pine Grove Hardware LLC", "333-444")
            .invoice("C1", "10452", "1000.00", "2026-06-01", "2/10 NET 30")
            .invoice("C1", "10460", "250.00", "2026-06-02", "NET 30")
            .invoice("C1", "10471", "730.15", "2026-06-03", "NET 30")
            .invoice("C2", "10453", "410.00", "2026-06-01", "NET 30");

    @Test
    void exactReferenceAndAmountFromAKnownAccountIsAppliedAutomatically() {
        MatchResult r = ledger.matcher().match(ledger.payment("250.00", "2026-06-20", "HARBOR VALLEY FOODS", "111-222", "INV 10460"));
        assertThat(r.decision()).isEqualTo(Decision.AUTO);
        assertThat(r.isTouchless()).isTrue();
        assertThat(r.allocations()).singleElement().satisfies(a -> {
            assertThat(a.documentNumber()).contains("10460");
            assertThat(a.applied()).isEqualTo(usd("250.00"));
        });
    }

    @Test
    void ocrConfusionInTheReferenceIsExplained() {
        MatchResult r = ledger.matcher().match(ledger.payment("1000.00", "2026-06-25", "HARBOR VALLEY FOODS", "111-222", "1O452"));
        assertThat(r.allocations()).singleElement().satisfies(a -> {
            assertThat(a.documentNumber()).contains("10452");
            assertThat(a.explanation()).contains("invoice 10452 referenced as 1O452").contains("OCR");
        });
    }

    @Test
    void earlyPaymentDiscountIsGrantedWithinTerms() {
        MatchResult r = ledger.matcher().match(ledger.payment("980.00", "2026-06-08", "HARBOR VALLEY FOODS", "111-222", "INV 10452"));
        Allocation a = r.allocations().get(0);
        assertThat(a.applied()).isEqualTo(usd("980.00"));
        assertThat(a.discount()).isEqualTo(usd("20.00"));
        assertThat(a.deduction()).isEqualTo(usd("0.00"));
        assertThat(a.explanation()).contains("open amount − 2% discount, paid within terms");
    }

    @Test
    void discountTakenAfterTheDeadlineBecomesAnUnearnedDiscountDeduction() {
        MatchResult r = ledger.matcher().match(ledger.payment("980.00", "2026-06-25", "HARBOR VALLEY FOODS", "111-222", "INV 10452"));
        Allocation a = r.allocations().get(0);
        assertThat(a.discount()).isEqualTo(usd("0.00"));
        assertThat(a.deduction()).isEqualTo(usd("20.00"));
        assertThat(a.deductionReason()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("UNEARNED_DISCOUNT"));
        assertThat(a.explanation()).contains("14 days after the discount deadline");
    }

    @Test
    void shortPayWithAReasonIsADeductionWithThatReasonCode() {
        MatchResult r = ledger.matcher().match(ledger.payment("680.15", "2026-06-20", "HARBOR VALLEY FOODS", "111-222",
                "INV 10471 DEDUCTED 50.00 DAMAGED GOODS"));
        Allocation a = r.allocations().get(0);
        assertThat(a.documentNumber()).contains("10471");
        assertThat(a.applied()).isEqualTo(usd("680.15"));
        assertThat(a.deduction()).isEqualTo(usd("50.00"));
        assertThat(a.deductionReason()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("DAMAGED_GOODS"));
    }

    @Test
    void shortPayWithoutAReasonIsAPartialPayment() {
        MatchResult r = ledger.matcher().match(ledger.payment("400.00", "2026-06-20", null, "111-222", "INV 10471"));
        Allocation a = r.allocations().get(0);
        assertThat(a.applied()).isEqualTo(usd("400.00"));
        assertThat(a.deduction()).isEqualTo(usd("0.00"));
        assertThat(a.explanation()).contains("partial payment");
    }

    @Test
    void creditMemosAreNettedFromARemittance() {
        TestLedger l = new TestLedger().customer("C1", "Harbor Valley Foods", "111-222")
                .invoice("C1", "20001", "1000.00", "2026-06-01", "NET 30")
                .creditMemo("C1", "CM-900", "100.00", "2026-06-05");
        MatchResult r = l.matcher().match(l.payment("900.00", "2026-06-20", null, "111-222", "REMITTANCE",
                RemittanceLine.paid("20001", usd("1000.00")), RemittanceLine.paid("CM-900", usd("-100.00"))));
        assertThat(r.allocations()).extracting(a -> a.documentNumber().orElse("-") + "=" + a.applied().toPlainString())
                .containsExactlyInAnyOrder("20001=1000.00", "CM-900=-100.00");
        assertThat(r.isTouchless()).isTrue();
    }

    @Test
    void aMemoThatNamesACreditMemoNetsIt() {
        TestLedger l = new TestLedger().customer("C1", "Harbor Valley Foods, Inc.", "111-222")
                .invoice("C1", "90001", "500.00", "2026-06-01", "NET 30")
                .invoice("C1", "90002", "500.00", "2026-06-01", "NET 30")
                .creditMemo("C1", "CM-5", "50.00", "2026-06-02");
        for (String memo : new String[] {"invoice 90001 less credit CM-5", "INV 90001 less cm 5", "90001 credit note: CM-5"}) {
            MatchResult r = l.matcher().match(l.payment("450.00", "2026-06-20", null, "111-222", memo));
            assertThat(r.allocations()).as(memo).extracting(a -> a.documentNumber().orElse("") + " " + a.applied())
                    .containsExactlyInAnyOrder("90001 500.00 USD", "CM-5 -50.00 USD");
        }
        // a credit memo nobody names is not netted: 450 of 500 stays a partial payment
        MatchResult partial = l.matcher().match(l.payment("450.00", "2026-06-20", null, "111-222", "invoice 90001"));
        assertThat(partial.allocations()).singleElement().satisfies(a -> assertThat(a.documentNumber()).contains("90001"));
    }

    @Test
    void overpaymentLeavesTheExcessUnapplied() {
        MatchResult r = ledger.matcher().match(ledger.payment("300.00", "2026-06-20", null, "111-222", "INV 10460"));
        assertThat(r.allocations()).hasSize(2);
        assertThat(r.allocations().get(1).isRemainder()).isTrue();
        assertThat(r.allocations().get(1).applied()).isEqualTo(usd("50.00"));
        assertThat(r.decisionFor(r.allocations().get(1))).isEqualTo(Decision.UNAPPLIED);
        assertThat(r.isTouchless()).isFalse();
    }

    @Test
    void withoutReferencesTheCombinationOfOpenItemsThatMakesTheAmountIsFound() {
        MatchResult r = ledger.matcher().match(ledger.payment("980.15", "2026-06-28", null, "111-222", "ACH PAYMENT"));
        assertThat(r.allocations()).extracting(a -> a.documentNumber().orElse("-"))
                .containsExactlyInAnyOrder("10460", "10471");
        // two invoices due on consecutive days: an AP run
        assertThat(r.chosen().pattern().amount()).isEqualTo(MatchPattern.AmountFit.RUN);
        assertThat(r.allocations().get(0).explanation()).contains("one of 2 consecutive open items").contains("[RUN]");
    }

    @Test
    void twoOpenItemsOfTheSameAmountGoToAPersonWithBothAsCandidates() {
        TestLedger l = new TestLedger().customer("C1", "Harbor Valley Foods", "111-222")
                .invoice("C1", "30001", "500.00", "2026-06-01", "NET 30")
                .invoice("C1", "30002", "500.00", "2026-06-02", "NET 30");
        MatchResult r = l.matcher().match(l.payment("500.00", "2026-06-20", null, "111-222", ""));
        assertThat(r.decision()).isEqualTo(Decision.REVIEW);
        assertThat(r.reviewRequired()).isTrue();
        assertThat(r.ranked()).flatExtracting(Candidate::documents).containsExactlyInAnyOrder("30001", "30002");
    }

    @Test
    void aNameCloseToTwoCustomersIsNeverGuessedSilently() {
        TestLedger l = new TestLedger()
                .customer("C1", "Vasquez & Sons Trading Corporation")
                .customer("C2", "Vasquez & Sons Tools Inc.")
                .invoice("C1", "40001", "120.00", "2026-06-01", "NET 30")
                .invoice("C2", "40002", "120.00", "2026-06-01", "NET 30");
        MatchResult r = l.matcher().match(l.payment("120.00", "2026-06-20", "VASQUEZ & SONS T", null, ""));
        assertThat(r.decision()).isEqualTo(Decision.REVIEW);
        assertThat(r.notes()).anyMatch(n -> n.contains("not conclusive"));
        assertThat(r.ranked()).extracting(c -> c.customer().orElseThrow().value()).contains("C1", "C2");
    }

    @Test
    void theSubsetSearchIsCappedForACustomerWithThousandsOfOpenItems() {
        TestLedger l = new TestLedger().customer("BIG", "Big Account Inc", "999");
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 5_000; i++) {
            l.invoice("BIG", Integer.toString(500_000 + i), (100 + random.nextInt(5_000)) + "." + (10 + random.nextInt(89)),
                    "2026-0" + (1 + i % 6) + "-1" + (i % 9), "NET 30");
        }
        CashMatcher m = l.matcher();
        long start = System.nanoTime();
        for (int k = 0; k < 5; k++) {
            m.match(l.payment("1.03", "2026-06-20", null, "999", ""));
            m.match(l.payment("987654.32", "2026-06-20", null, "999", ""));
        }
        double msPerPayment = (System.nanoTime() - start) / 1e6 / 10;
        assertThat(msPerPayment).isLessThan(250);
    }

    @Test
    void aReferenceToAnotherCustomersInvoiceFromAKnownAccountGoesToAPerson() {
        MatchResult r = ledger.matcher().match(ledger.payment("410.00", "2026-06-20", null, "111-222", "INV 10453"));
        assertThat(r.decision()).isEqualTo(Decision.REVIEW);
        assertThat(r.notes()).anyMatch(n -> n.contains("references point to another customer"));
    }

    @Test
    void badInputBecomesAClearOutcome() {
        CashMatcher m = ledger.matcher();
        MatchResult zero = m.match(ledger.payment("0.00", "2026-06-20", null, "111-222", "INV 10460"));
        assertThat(zero.decision()).isEqualTo(Decision.REVIEW);
        assertThat(zero.notes()).anyMatch(n -> n.contains("not positive"));
        MatchResult negative = m.match(ledger.payment("-250.00", "2026-06-20", null, "111-222", "INV 10460"));
        assertThat(negative.decision()).isEqualTo(Decision.REVIEW);
        assertThat(negative.allocations()).noneMatch(a -> !a.isRemainder());
        assertThat(negative.notes()).anyMatch(n -> n.contains("not positive"));
        var euro = new io.clearline.core.receivables.Payment(new io.clearline.core.PaymentId("EUR1"),
                java.time.LocalDate.parse("2026-06-20"), io.clearline.core.money.Money.of("250.00", "EUR"), Optional.empty(),
                Optional.of("111-222"), "INV 10460", java.util.List.of());
        assertThat(m.match(euro).notes()).anyMatch(n -> n.contains("unlike the customer's invoices"));
        TestLedger empty = new TestLedger().customer("C9", "Empty Shelf Ltd", "555");
        assertThat(empty.matcher().match(empty.payment("10.00", "2026-06-20", null, "555", "")).notes())
                .anyMatch(n -> n.contains("no open items"));
    }

    @Test
    void remittanceProblemsSendThePaymentToAPerson() {
        CashMatcher m = ledger.matcher();
        MatchResult twice = m.match(ledger.payment("500.00", "2026-06-20", null, "111-222", "",
                RemittanceLine.paid("10460", usd("250.00")), RemittanceLine.paid("10460", usd("250.00"))));
        assertThat(twice.decision()).isEqualTo(Decision.REVIEW);
        assertThat(twice.notes()).anyMatch(n -> n.contains("referenced twice"));
        MatchResult tooMuch = m.match(ledger.payment("100.00", "2026-06-20", null, "111-222", "",
                RemittanceLine.paid("10471", usd("730.15"))));
        assertThat(tooMuch.decision()).isEqualTo(Decision.REVIEW);
        assertThat(tooMuch.notes()).anyMatch(n -> n.contains("more than the payment"));
    }

    @Test
    void theSamePaymentMatchedTwiceIsAppliedOnce() {
        CashMatcher m = ledger.matcher();
        var p = ledger.payment("250.00", "2026-06-20", null, "111-222", "INV 10460");
        MatchResult first = m.match(p);
        MatchResult again = m.match(p);
        assertThat(again).isSameAs(first);
        int id = m.index().byDocumentKey("10460")[0];
        assertThat(m.index().openMinor(id)).isZero();
        MatchResult duplicate = m.match(ledger.payment("250.00", "2026-06-21", null, "111-222", "INV 10460"));
        assertThat(duplicate.isTouchless()).isFalse();
        assertThat(duplicate.notes()).anyMatch(n -> n.contains("already settled"));
    }

    @Test
    void confirmingThePayerTeachesTheMatcherTheirAccount() {
        TestLedger l = new TestLedger().customer("C1", "Harbor Valley Foods, Inc.")
                .customer("C2", "Harbor Valley Farms LLC")
                .invoice("C1", "50001", "640.00", "2026-06-01", "NET 30")
                .invoice("C1", "50002", "75.25", "2026-06-02", "NET 30")
                .invoice("C2", "50003", "640.00", "2026-06-01", "NET 30");
        CashMatcher m = l.matcher();
        var first = l.payment("640.00", "2026-06-20", "HARBOR VALLEY F", "777-888", "");
        assertThat(m.match(first).isTouchless()).isFalse();
        m.learn(first, new io.clearline.core.CustomerId("C1"));
        MatchResult next = m.match(l.payment("75.25", "2026-06-27", "HARBOR VALLEY F", "777-888", "INV 50002"));
        assertThat(next.chosen().pattern().payer()).isEqualTo(MatchPattern.PayerEvidence.ACCOUNT);
        assertThat(next.isTouchless()).isTrue();
    }
}
