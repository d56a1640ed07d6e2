package io.clearline.trainingdata.cash;

import io.clearline.core.CustomerId;
import io.clearline.core.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * What a payment really settles: the paying customer (empty for money nobody in the ledger sent), the
 * scenario it was generated from, and the right allocations (none when the cash should stay unapplied).
 */
public record PaymentTruth(String paymentId, Optional<CustomerId> customer, Scenario scenario, List<Allocation> allocations) {

    public PaymentTruth {
        allocations = List.copyOf(allocations);
    }

    /** Cash to one document, with any discount granted or deduction kept open and its reason code. */
    public record Allocation(String documentNumber, Money applied, Money discount, Money deduction, String reasonCode) {
    }

    public enum Scenario {
        EXACT_SINGLE, MULTI_REMITTANCE, MULTI_NO_REMITTANCE, DISCOUNT_EARNED, DISCOUNT_UNEARNED, SHORT_PAY,
        NOISY_REFERENCE, NAME_VARIANT, PARTIAL, DUPLICATE, UNAPPLICABLE
    }
}
