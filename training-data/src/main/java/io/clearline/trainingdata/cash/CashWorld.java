package io.clearline.trainingdata.cash;

import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.Payment;
import java.util.List;
import java.util.Map;

/** A generated ledger: customers, their open items, a batch of payments, and the truth per payment. */
public record CashWorld(CashWorldSpec spec, List<Customer> customers, List<OpenItem> openItems, List<Payment> payments,
        Map<String, PaymentTruth> truth) {
}
