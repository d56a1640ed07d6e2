package io.clearline.core.order;

import io.clearline.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** An invoice document as read from a PDF or e-invoice XML (the receivable itself is an OpenItem). */
public record Invoice(
        String invoiceNumber,
        Optional<LocalDate> issueDate,
        Optional<LocalDate> dueDate,
        String sellerName,
        String buyerName,
        Optional<String> poNumber,
        Optional<Currency> currency,
        Optional<Money> netAmount,
        Optional<Money> taxAmount,
        Optional<Money> totalAmount,
        List<PurchaseOrderLine> lines) {

    public Invoice {
        invoiceNumber = invoiceNumber == null ? "" : invoiceNumber.strip();
        issueDate = issueDate == null ? Optional.empty() : issueDate;
        dueDate = dueDate == null ? Optional.empty() : dueDate;
        sellerName = sellerName == null ? "" : sellerName.strip();
        buyerName = buyerName == null ? "" : buyerName.strip();
        poNumber = poNumber == null ? Optional.empty() : poNumber;
        currency = currency == null ? Optional.empty() : currency;
        netAmount = netAmount == null ? Optional.empty() : netAmount;
        taxAmount = taxAmount == null ? Optional.empty() : taxAmount;
        totalAmount = totalAmount == null ? Optional.empty() : totalAmount;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
