package io.clearline.app.cash;

import io.clearline.core.CustomerId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.OpenItemType;
import io.clearline.core.receivables.PaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/v1/open-items}: customers and open items as an ERP exports them (the columns of
 * {@code customers.csv} and {@code open_items.csv}). Credit memos may come positive or negative; they
 * are stored negative, as the matcher expects.
 */
record OpenItemsRequest(List<CustomerRow> customers, List<OpenItemRow> openItems) {

    record CustomerRow(String customerId, String name, List<String> aliases, List<String> bankAccounts) {
    }

    record OpenItemRow(String customerId, String documentNumber, String documentType, String poNumber,
            LocalDate issueDate, LocalDate dueDate, String terms, String currency, BigDecimal originalAmount,
            BigDecimal openAmount) {
    }

    List<Customer> toCustomers() {
        List<Customer> out = new ArrayList<>();
        List<CustomerRow> rows = customers == null ? List.of() : customers;
        for (int i = 0; i < rows.size(); i++) {
            CustomerRow r = rows.get(i);
            String where = "customers[" + i + "]";
            require(r != null, where + " is missing");
            require(r.customerId() != null && !r.customerId().isBlank(), where + ".customerId is required");
            require(r.name() != null && !r.name().isBlank(), where + ".name is required");
            out.add(new Customer(new CustomerId(r.customerId()), r.name().strip(), r.aliases(), r.bankAccounts()));
        }
        return out;
    }

    List<OpenItem> toOpenItems() {
        List<OpenItem> out = new ArrayList<>();
        List<OpenItemRow> rows = openItems == null ? List.of() : openItems;
        for (int i = 0; i < rows.size(); i++) {
            out.add(item(rows.get(i), "openItems[" + i + "]"));
        }
        return out;
    }

    private static OpenItem item(OpenItemRow r, String where) {
        require(r != null, where + " is missing");
        require(r.customerId() != null && !r.customerId().isBlank(), where + ".customerId is required");
        require(r.documentNumber() != null && !r.documentNumber().isBlank(), where + ".documentNumber is required");
        require(r.issueDate() != null, where + ".issueDate is required");
        require(r.originalAmount() != null && r.openAmount() != null, where + ": originalAmount and openAmount are required");
        OpenItemType type;
        try {
            type = r.documentType() == null ? OpenItemType.INVOICE : OpenItemType.valueOf(r.documentType().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidOpenItems(where + ".documentType must be INVOICE or CREDIT_MEMO, was " + r.documentType());
        }
        PaymentTerms terms = null;
        if (r.terms() != null && !r.terms().isBlank()) {
            terms = PaymentTerms.parse(r.terms())
                    .orElseThrow(() -> new InvalidOpenItems(where + ".terms not understood: " + r.terms()));
        }
        Money original;
        Money open;
        try {
            original = Money.of(r.originalAmount(), r.currency() == null ? "" : r.currency().strip());
            open = Money.of(r.openAmount(), r.currency().strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidOpenItems(where + ".currency is not an ISO 4217 code: " + r.currency());
        }
        if (type == OpenItemType.CREDIT_MEMO) {
            original = original.abs().negate();
            open = open.abs().negate();
        } else {
            require(!original.isNegative() && !open.isNegative(), where + ": an invoice's amounts must not be negative");
        }
        require(open.abs().compareTo(original.abs()) <= 0, where + ": openAmount exceeds originalAmount");
        return new OpenItem(new CustomerId(r.customerId()), r.documentNumber().strip(), type,
                Optional.ofNullable(r.poNumber()), r.issueDate(), r.dueDate(), terms, original, open);
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new InvalidOpenItems(problem);
        }
    }
}
