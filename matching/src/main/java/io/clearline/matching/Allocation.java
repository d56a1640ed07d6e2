package io.clearline.matching;

import io.clearline.core.CustomerId;
import io.clearline.core.exception.ExceptionCategory;
import io.clearline.core.money.Money;
import java.util.Optional;

/**
 * Cash applied to one open item (or, with no document, the unapplied remainder). {@code discount} is
 * an earned early-payment discount written off; {@code deduction} is a short pay kept open as a
 * deduction with its reason.
 */
public record Allocation(
        Optional<CustomerId> customer,
        Optional<String> documentNumber,
        Money applied,
        Money discount,
        Money deduction,
        Optional<ExceptionCategory> deductionReason,
        String explanation) {

    public static Allocation unapplied(Optional<CustomerId> customer, Money amount, String why) {
        Money zero = Money.zero(amount.currency());
        return new Allocation(customer, Optional.empty(), amount, zero, zero, Optional.empty(), why);
    }

    public boolean isRemainder() {
        return documentNumber.isEmpty();
    }
}
