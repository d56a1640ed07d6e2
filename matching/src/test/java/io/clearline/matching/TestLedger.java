package io.clearline.matching;

import io.clearline.core.CustomerId;
import io.clearline.core.PaymentId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.OpenItemType;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.PaymentTerms;
import io.clearline.core.receivables.RemittanceLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A hand-built ledger for matcher tests: rules-only calibration, a threshold the rule priors can reach. */
final class TestLedger {

    final List<Customer> customers = new ArrayList<>();
    final List<OpenItem> items = new ArrayList<>();
    private int payments;

    TestLedger customer(String id, String name, String... accounts) {
        customers.add(new Customer(new CustomerId(id), name, List.of(), List.of(accounts)));
        return this;
    }

    TestLedger invoice(String customer, String number, String amount, String issued, String terms) {
        return item(customer, number, OpenItemType.INVOICE, amount, issued, terms, null);
    }

    TestLedger invoiceWithPo(String customer, String number, String amount, String issued, String po) {
        return item(customer, number, OpenItemType.INVOICE, amount, issued, "NET 30", po);
    }

    TestLedger creditMemo(String customer, String number, String amount, String issued) {
        return item(customer, number, OpenItemType.CREDIT_MEMO, "-" + amount, issued, "NET 30", null);
    }

    private TestLedger item(String customer, String number, OpenItemType type, String amount, String issued, String terms, String po) {
        Money m = Money.of(amount, "USD");
        items.add(new OpenItem(new CustomerId(customer), number, type, Optional.ofNullable(po), LocalDate.parse(issued), null,
                PaymentTerms.parse(terms).orElseThrow(), m, m));
        return this;
    }

    CashMatcher matcher() {
        return CashMatcher.of(customers, items, MatchSettings.defaults().withAutoThreshold(0.95),
                new KeywordDeductionReasons(), Calibration.rulesOnly());
    }

    Payment payment(String amount, String date, String payer, String account, String reference, RemittanceLine... lines) {
        return new Payment(new PaymentId("P" + (++payments)), LocalDate.parse(date), Money.of(amount, "USD"),
                Optional.ofNullable(payer), Optional.ofNullable(account), reference, List.of(lines));
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
