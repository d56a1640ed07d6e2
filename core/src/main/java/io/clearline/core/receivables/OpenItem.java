package io.clearline.core.receivables;

import io.clearline.core.CustomerId;
import io.clearline.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An open receivable: an invoice (positive open amount) or a credit memo (negative open amount).
 * {@code openAmount} is what is still owed; it equals {@code originalAmount} until cash is applied.
 */
public record OpenItem(
        CustomerId customerId,
        String documentNumber,
        OpenItemType type,
        Optional<String> poNumber,
        LocalDate issueDate,
        LocalDate dueDate,
        PaymentTerms terms,
        Money originalAmount,
        Money openAmount) {

    public OpenItem {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(originalAmount, "originalAmount");
        Objects.requireNonNull(openAmount, "openAmount");
        poNumber = poNumber == null ? Optional.empty() : poNumber.filter(p -> !p.isBlank());
        terms = terms == null ? PaymentTerms.net(30) : terms;
        dueDate = dueDate == null ? terms.dueDate(issueDate) : dueDate;
        if (!originalAmount.currency().equals(openAmount.currency())) {
            throw new IllegalArgumentException("open item " + documentNumber + " mixes currencies");
        }
    }

    public boolean isCreditMemo() {
        return type == OpenItemType.CREDIT_MEMO;
    }

    public OpenItem withOpenAmount(Money newOpenAmount) {
        return new OpenItem(customerId, documentNumber, type, poNumber, issueDate, dueDate, terms,
                originalAmount, newOpenAmount);
    }
}
