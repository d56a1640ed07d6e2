package io.clearline.eval.matching;

import io.clearline.core.Confidence;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import io.clearline.matching.Allocation;
import io.clearline.matching.Candidate;
import io.clearline.matching.Decision;
import io.clearline.matching.MatchPattern;
import io.clearline.matching.MatchResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rule open-source ERPs apply: a reference that equals a document number exactly and an amount that
 * equals the open amount(s) exactly → apply; otherwise, when the bank account names the party, allocate
 * the payment to that party's open invoices oldest first (the "allocate" step of ERPNext's payment
 * reconciliation, Odoo's default reconciliation order). Anything else stays unapplied.
 */
final class ErpBaseline {

    private final Map<String, List<OpenItem>> byDocument = new HashMap<>();
    private final Map<String, List<OpenItem>> byCustomer = new HashMap<>();
    private final Map<String, Customer> byAccount = new HashMap<>();
    private final Map<OpenItem, long[]> open = new HashMap<>();

    ErpBaseline(List<Customer> customers, List<OpenItem> items) {
        for (Customer c : customers) {
            c.bankAccounts().forEach(a -> byAccount.put(a, c));
        }
        for (OpenItem i : items) {
            byDocument.computeIfAbsent(i.documentNumber().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
            byCustomer.computeIfAbsent(i.customerId().value(), k -> new ArrayList<>()).add(i);
            open.put(i, new long[] {i.openAmount().minorUnits()});
        }
        byCustomer.values().forEach(l -> l.sort(Comparator.comparing(OpenItem::issueDate)));
    }

    MatchResult match(Payment p) {
        List<OpenItem> referenced = new ArrayList<>();
        List<String> words = new ArrayList<>(List.of(p.referenceText().toUpperCase(Locale.ROOT).split("[\\s,;]+")));
        for (RemittanceLine l : p.remittanceLines()) {
            words.add(l.invoiceReference().toUpperCase(Locale.ROOT));
        }
        for (String w : words) {
            for (OpenItem i : byDocument.getOrDefault(w, List.of())) {
                if (!referenced.contains(i) && open.get(i)[0] != 0 && i.openAmount().currency().equals(p.amount().currency())) {
                    referenced.add(i);
                }
            }
        }
        long amount = p.amount().minorUnits();
        long sum = referenced.stream().mapToLong(i -> open.get(i)[0]).sum();
        if (!referenced.isEmpty() && sum == amount) {
            return applied(p, referenced, amount);
        }
        Customer payer = p.payerAccount().map(byAccount::get).orElse(null);
        if (payer != null && amount > 0) {
            List<OpenItem> items = byCustomer.getOrDefault(payer.id().value(), List.of()).stream()
                    .filter(i -> i.openAmount().currency().equals(p.amount().currency()) && open.get(i)[0] > 0).toList();
            return applied(p, items, amount);
        }
        Money m = p.amount();
        Candidate none = new Candidate(Optional.empty(), List.of(Allocation.unapplied(Optional.empty(), m, "no rule applies")), pattern());
        return new MatchResult(p.id(), Optional.empty(), none, Confidence.NONE, Decision.REVIEW, List.of(), List.of(), true);
    }

    private MatchResult applied(Payment p, List<OpenItem> items, long amount) {
        List<Allocation> out = new ArrayList<>();
        long left = amount;
        Money zero = Money.zero(p.amount().currency());
        for (OpenItem i : items) {
            if (left <= 0) {
                break;
            }
            long take = Math.min(left, open.get(i)[0]);
            if (open.get(i)[0] < 0) {
                take = open.get(i)[0];
            }
            open.get(i)[0] -= take;
            left -= take;
            out.add(new Allocation(Optional.of(i.customerId()), Optional.of(i.documentNumber()), Money.of(take, zero.currency()),
                    zero, zero, Optional.empty(), "baseline"));
        }
        if (left > 0) {
            out.add(Allocation.unapplied(items.isEmpty() ? Optional.empty() : Optional.of(items.get(0).customerId()),
                    Money.of(left, zero.currency()), "baseline remainder"));
        }
        Optional<io.clearline.core.CustomerId> customer = items.isEmpty() ? Optional.empty() : Optional.of(items.get(0).customerId());
        Candidate c = new Candidate(customer, out, pattern());
        return new MatchResult(p.id(), customer, c, Confidence.CERTAIN, Decision.AUTO, List.of(), List.of(), false);
    }

    private static MatchPattern pattern() {
        return new MatchPattern(MatchPattern.PayerEvidence.NONE, MatchPattern.ReferenceQuality.NONE,
                MatchPattern.AmountFit.NOTHING, 0);
    }
}
