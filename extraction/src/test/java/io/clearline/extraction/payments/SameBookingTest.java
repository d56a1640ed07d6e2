package io.clearline.extraction.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.PaymentId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import io.clearline.extraction.bank.PaymentTrace;
import io.clearline.extraction.bank.PaymentTrace.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SameBookingTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    private static Payment payment(String id, String amount, LocalDate date, String text) {
        return new Payment(new PaymentId(id), date, Money.of(amount, "EUR"), Optional.empty(), Optional.empty(), text,
                List.of());
    }

    private static PaymentTrace trace(String id, String account, Object... kindValue) {
        PaymentTrace.Builder b = PaymentTrace.of(new PaymentId(id), account);
        for (int i = 0; i < kindValue.length; i += 2) {
            b.with((Kind) kindValue[i], (String) kindValue[i + 1]);
        }
        return b.build();
    }

    private static SameBooking.Known known(Payment p, PaymentTrace t) {
        return new SameBooking.Known(p, t);
    }

    private final Payment first = payment("camt-054-a", "1000.00", DAY, "INV-4711 ACME");
    private final SameBooking.Known firstKnown = known(first,
            trace("camt-054-a", "DE89370400440532013000", Kind.BANK_REFERENCE, "BR-1", Kind.END_TO_END_ID, "E2E-1"));

    @Test
    void anEqualReferenceOfTheSameKindMakesOneBookingEvenADayApart() {
        Payment later = payment("camt-053-b", "1000.00", DAY.plusDays(1), "something else entirely");

        assertThat(SameBooking.matchedOn(later, trace("camt-053-b", "DE89370400440532013000",
                Kind.END_TO_END_ID, "e2e-1"), firstKnown)).contains("END_TO_END_ID e2e-1");
        assertThat(SameBooking.matchedOn(later, trace("camt-053-b", "", Kind.BANK_REFERENCE, "BR-1"), firstKnown))
                .contains("BANK_REFERENCE BR-1");
    }

    @Test
    void aDifferentAmountAccountOrDistantDateIsNeverTheSameBooking() {
        PaymentTrace sameRefs = trace("x", "DE89370400440532013000", Kind.BANK_REFERENCE, "BR-1");

        assertThat(SameBooking.matchedOn(payment("x", "1000.01", DAY, ""), sameRefs, firstKnown)).isEmpty();
        assertThat(SameBooking.matchedOn(payment("x", "1000.00", DAY, ""),
                trace("x", "DE44500105175407324931", Kind.BANK_REFERENCE, "BR-1"), firstKnown)).isEmpty();
        assertThat(SameBooking.matchedOn(payment("x", "1000.00", DAY.plusDays(SameBooking.REFERENCE_DAYS + 1), ""),
                sameRefs, firstKnown)).isEmpty();
    }

    @Test
    void referencesOfOneKindThatDifferAreTwoBookingsWhateverTheText() {
        Payment twin = payment("x", "1000.00", DAY, "INV-4711 ACME");

        assertThat(SameBooking.matchedOn(twin, trace("x", "DE89370400440532013000", Kind.END_TO_END_ID, "E2E-2"),
                firstKnown)).isEmpty();
    }

    @Test
    void withoutCommonReferencesAmountDateAccountAndTextDecide() {
        Payment noRefs = payment("mt940-c", "1000.00", DAY, "ACME INV-4711 Gutschrift");
        // MT940 names the account domestically; the IBAN ends with it
        PaymentTrace domestic = trace("mt940-c", "37040044/0532013000");

        assertThat(SameBooking.matchedOn(noRefs, domestic, firstKnown))
                .contains("amount, value date, account and reference text");
        assertThat(SameBooking.matchedOn(payment("mt940-c", "1000.00", DAY, "Globex INV-9999"), domestic, firstKnown))
                .isEmpty();
        assertThat(SameBooking.matchedOn(payment("mt940-c", "1000.00", DAY.plusDays(1), "ACME INV-4711"), domestic,
                firstKnown)).isEmpty();
        assertThat(SameBooking.matchedOn(noRefs, trace("mt940-c", ""), firstKnown)).as("account unknown").isEmpty();
    }

    @Test
    void placeholdersAreNotReferences() {
        PaymentTrace t = trace("x", "A", Kind.END_TO_END_ID, "NOTPROVIDED", Kind.BANK_REFERENCE, "NONREF",
                Kind.UETR, " ");

        assertThat(t.references()).isEmpty();
    }

    @Test
    void accountsAgreeWhenEqualOrOneEndsWithTheOther() {
        assertThat(SameBooking.accountsAgree("DE89 3704 0044 0532 0130 00", "0532013000")).isTrue();
        assertThat(SameBooking.accountsAgree("123456789", "123456789")).isTrue();
        assertThat(SameBooking.accountsAgree("", "123456789")).isTrue();
        assertThat(SameBooking.accountsAgree("123456789", "987654321")).isFalse();
        assertThat(SameBooking.accountsAgree("1234567890", "890")).as("too short to be an account suffix").isFalse();
    }
}
