package io.clearline.core.order;

import io.clearline.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** A customer's order as read from a PDF, a scan, an e-mail or an e-order XML. */
public record PurchaseOrder(
        String poNumber,
        String buyerName,
        String shipTo,
        Optional<LocalDate> orderDate,
        Optional<LocalDate> requestedDeliveryDate,
        Optional<Currency> currency,
        List<PurchaseOrderLine> lines,
        Optional<Money> totalAmount) {

    public PurchaseOrder {
        poNumber = poNumber == null ? "" : poNumber.strip();
        buyerName = buyerName == null ? "" : buyerName.strip();
        shipTo = shipTo == null ? "" : shipTo.strip();
        orderDate = orderDate == null ? Optional.empty() : orderDate;
        requestedDeliveryDate = requestedDeliveryDate == null ? Optional.empty() : requestedDeliveryDate;
        currency = currency == null ? Optional.empty() : currency;
        lines = lines == null ? List.of() : List.copyOf(lines);
        totalAmount = totalAmount == null ? Optional.empty() : totalAmount;
    }

    /** The sum of the line amounts, when every line has one. */
    public Optional<Money> linesTotal() {
        if (lines.isEmpty() || lines.stream().anyMatch(l -> l.amount().isEmpty())) {
            return Optional.empty();
        }
        return lines.stream().map(l -> l.amount().orElseThrow()).reduce(Money::plus);
    }
}
