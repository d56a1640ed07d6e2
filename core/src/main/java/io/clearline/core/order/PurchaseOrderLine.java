package io.clearline.core.order;

import io.clearline.core.money.Money;
import java.math.BigDecimal;
import java.util.Optional;

/** One ordered item: quantity × unit price = amount when the order is consistent. */
public record PurchaseOrderLine(
        int lineNumber,
        String item,
        String description,
        BigDecimal quantity,
        String unit,
        Optional<Money> unitPrice,
        Optional<Money> amount) {

    public PurchaseOrderLine {
        item = item == null ? "" : item.strip();
        description = description == null ? "" : description.strip();
        unit = unit == null ? "" : unit.strip();
        unitPrice = unitPrice == null ? Optional.empty() : unitPrice;
        amount = amount == null ? Optional.empty() : amount;
    }

    /** Whether quantity × unit price equals the amount (true when either is missing). */
    public boolean isConsistent() {
        if (unitPrice.isEmpty() || amount.isEmpty() || quantity == null) {
            return true;
        }
        return unitPrice.get().times(quantity).equals(amount.get());
    }
}
