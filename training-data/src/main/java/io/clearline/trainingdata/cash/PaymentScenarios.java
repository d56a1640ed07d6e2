package io.clearline.trainingdata.cash;

import io.clearline.core.PaymentId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import io.clearline.trainingdata.cash.PaymentTruth.Allocation;
import io.clearline.trainingdata.cash.PaymentTruth.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Draws a batch of payments from the ledger in the issue's mix (about half single invoices paid
 * exactly; the rest multi-invoice with and without remittance, discounts earned and not, short pays,
 * noisy references, name variants, partial payments, duplicates, unapplicable money), each with truth.
 */
final class PaymentScenarios {

    private static final Scenario[] MIX = mix();
    private final CashWorldSpec spec;
    private final Random r;
    private final Ledger ledger;
    private final Map<Integer, String> otherAccounts = new HashMap<>();
    private final List<Payment> payments = new ArrayList<>();
    private final Map<String, PaymentTruth> truth = new LinkedHashMap<>();
    private final List<Integer> exactSingles = new ArrayList<>();
    private final Remittances remittances;

    PaymentScenarios(CashWorldSpec spec, Random r, Ledger ledger) {
        this.spec = spec;
        this.r = r;
        this.ledger = ledger;
        this.remittances = new Remittances(r);
    }

    private static Scenario[] mix() {
        Object[][] shares = {{Scenario.EXACT_SINGLE, 50}, {Scenario.MULTI_REMITTANCE, 10}, {Scenario.MULTI_NO_REMITTANCE, 7},
            {Scenario.DISCOUNT_EARNED, 6}, {Scenario.DISCOUNT_UNEARNED, 2}, {Scenario.SHORT_PAY, 6},
            {Scenario.NOISY_REFERENCE, 7}, {Scenario.NAME_VARIANT, 5}, {Scenario.PARTIAL, 3}, {Scenario.DUPLICATE, 2},
            {Scenario.UNAPPLICABLE, 2}};
        List<Scenario> out = new ArrayList<>();
        for (Object[] s : shares) {
            for (int i = 0; i < (int) s[1]; i++) {
                out.add((Scenario) s[0]);
            }
        }
        return out.toArray(new Scenario[0]);
    }

    CashWorld generate() {
        int attempts = 0;
        while (payments.size() < spec.payments() && attempts++ < spec.payments() * 5) {
            Scenario s = MIX[r.nextInt(MIX.length)];
            switch (s) {
                case EXACT_SINGLE -> single(s, false, false);
                case NOISY_REFERENCE -> single(s, true, false);
                case NAME_VARIANT -> single(s, false, true);
                case MULTI_REMITTANCE -> multi(true);
                case MULTI_NO_REMITTANCE -> multi(false);
                case DISCOUNT_EARNED -> discount(true);
                case DISCOUNT_UNEARNED -> discount(false);
                case SHORT_PAY -> shortPay();
                case PARTIAL -> partial();
                case DUPLICATE -> duplicate();
                case UNAPPLICABLE -> unapplicable();
            }
        }
        List<Payment> ordered = new ArrayList<>(payments);
        ordered.sort(Comparator.comparing(Payment::valueDate));
        return new CashWorld(spec, List.copyOf(ledger.customers), List.copyOf(ledger.all), ordered, truth);
    }

    private void single(Scenario s, boolean noisy, boolean nameVariant) {
        int c = customer();
        LocalDate value = valueDate();
        int k = freeItem(c, i -> i.openAmount().isPositive() && !i.issueDate().isAfter(value.minusDays(1)));
        if (k < 0) {
            return;
        }
        OpenItem item = take(c, k);
        String ref = style(c, item.documentNumber());
        if (noisy) {
            ref = ReferenceWriting.noisy(item.documentNumber(), item.poNumber().orElse(null), r).text();
        } else if (nameVariant && r.nextBoolean()) {
            ref = CompanyNames.pick(r, new String[] {"", "PAYMENT", "AP PMT", "CHECK " + (1000 + r.nextInt(90000))});
        }
        Payment p = payment(c, value, item.openAmount(), ref, List.of(), nameVariant);
        if (s == Scenario.EXACT_SINGLE) {
            exactSingles.add(payments.size() - 1);
        }
        record(p, c, s, List.of(full(item)));
    }

    private void multi(boolean withRemittance) {
        int c = customer();
        LocalDate value = valueDate();
        List<OpenItem> free = new ArrayList<>();
        List<Integer> ks = new ArrayList<>();
        List<OpenItem> items = ledger.itemsByCustomer.get(c);
        for (int k = 0; k < items.size(); k++) {
            OpenItem i = items.get(k);
            if (!ledger.used.get(c)[k] && !i.openAmount().isZero() && i.issueDate().isBefore(value)) {
                free.add(i);
                ks.add(k);
            }
        }
        int n = 2 + r.nextInt(withRemittance ? 7 : 4);
        if (free.size() < n + 1) {
            return;
        }
        // a payer's AP run settles what falls due around the payment date: a run of consecutive invoices
        ks.sort(Comparator.comparingLong(k -> Math.abs(items.get(k).dueDate().toEpochDay() - value.toEpochDay())));
        int start = r.nextInt(Math.min(free.size() - n, 6) + 1);
        List<OpenItem> chosen = new ArrayList<>();
        for (int j = start; j < ks.size() && chosen.size() < n; j++) {
            OpenItem i = items.get(ks.get(j));
            if (i.isCreditMemo() && r.nextDouble() < 0.7) {
                continue;
            }
            chosen.add(i);
            ledger.used.get(c)[ks.get(j)] = true;
        }
        Money total = Money.zero(chosen.get(0).openAmount().currency());
        List<Allocation> truthLines = new ArrayList<>();
        List<RemittanceLine> lines = new ArrayList<>();
        for (OpenItem i : chosen) {
            boolean discount = withRemittance && i.terms().discountEarned(i.issueDate(), value) && r.nextDouble() < 0.8;
            Money disc = discount ? discountOf(i) : Money.zero(i.openAmount().currency());
            Money paid = i.openAmount().minus(disc);
            total = total.plus(paid);
            truthLines.add(new Allocation(i.documentNumber(), paid, disc, Money.zero(paid.currency()), ""));
            lines.add(remittances.line(i, paid, disc, ledger.refStyle.get(c)));
        }
        if (!total.isPositive()) {
            return;
        }
        String ref = withRemittance ? CompanyNames.pick(r, new String[] {"SEE REMITTANCE", "REMIT ADV " + r.nextInt(99999),
            "EDI 820 PAYMENT", "PAYMENT"}) : CompanyNames.pick(r, new String[] {"ACH PAYMENT", "AP PAYMENT RUN",
                "CHECK " + (1000 + r.nextInt(90000)), "", "VENDOR PAYMENT"});
        record(payment(c, value, total, ref, withRemittance ? lines : List.of(), false), c,
                withRemittance ? Scenario.MULTI_REMITTANCE : Scenario.MULTI_NO_REMITTANCE, truthLines);
    }

    private void discount(boolean earned) {
        int c = customer();
        LocalDate value = valueDate();
        int k = freeItem(c, i -> i.terms().hasDiscount() && i.openAmount().equals(i.originalAmount())
                && i.openAmount().isPositive() && i.issueDate().isBefore(value)
                && i.terms().discountEarned(i.issueDate(), value) == earned
                && (earned || value.toEpochDay() - i.terms().discountDeadline(i.issueDate()).toEpochDay() <= 40));
        if (k < 0) {
            return;
        }
        OpenItem item = take(c, k);
        Money disc = discountOf(item);
        Money paid = item.openAmount().minus(disc);
        Money zero = Money.zero(paid.currency());
        Allocation a = earned ? new Allocation(item.documentNumber(), paid, disc, zero, "")
                : new Allocation(item.documentNumber(), paid, zero, disc, "UNEARNED_DISCOUNT");
        List<RemittanceLine> lines = r.nextDouble() < 0.3
                ? List.of(remittances.withDiscount(item, paid, disc, ledger.refStyle.get(c))) : List.of();
        record(payment(c, value, paid, style(c, item.documentNumber()), lines, false), c,
                earned ? Scenario.DISCOUNT_EARNED : Scenario.DISCOUNT_UNEARNED, List.of(a));
    }

    private void shortPay() {
        int c = customer();
        LocalDate value = valueDate();
        int k = freeItem(c, i -> i.openAmount().isPositive() && i.issueDate().isBefore(value)
                && i.openAmount().amount().compareTo(BigDecimal.valueOf(60)) > 0);
        if (k < 0) {
            return;
        }
        OpenItem item = take(c, k);
        Remittances.Reason reason = remittances.reason();
        Money deduction = r.nextBoolean()
                ? item.openAmount().times(BigDecimal.valueOf(2 + r.nextInt(18), 2))
                : Money.of(BigDecimal.valueOf(25 + r.nextInt(20) * 5L), item.openAmount().currency().getCurrencyCode());
        if (!deduction.isLessThan(item.openAmount())) {
            deduction = item.openAmount().times(new BigDecimal("0.10"));
        }
        Money paid = item.openAmount().minus(deduction);
        boolean viaRemittance = r.nextBoolean();
        String ref = style(c, item.documentNumber()) + (viaRemittance ? "" : " " + reason.memo());
        List<RemittanceLine> lines = viaRemittance
                ? List.of(remittances.withDeduction(item, paid, deduction, reason.memo(), ledger.refStyle.get(c))) : List.of();
        record(payment(c, value, paid, ref, lines, false), c, Scenario.SHORT_PAY,
                List.of(new Allocation(item.documentNumber(), paid, Money.zero(paid.currency()), deduction, reason.code())));
    }

    private void partial() {
        int c = customer();
        LocalDate value = valueDate();
        int k = freeItem(c, i -> i.openAmount().amount().compareTo(BigDecimal.valueOf(200)) > 0 && i.issueDate().isBefore(value));
        if (k < 0) {
            return;
        }
        OpenItem item = take(c, k);
        Money paid = new Money(item.openAmount().amount().multiply(BigDecimal.valueOf(25 + r.nextInt(50), 2))
                .setScale(0, RoundingMode.DOWN), item.openAmount().currency());
        String ref = style(c, item.documentNumber()) + (r.nextBoolean() ? " PARTIAL PAYMENT" : "");
        Money zero = Money.zero(paid.currency());
        record(payment(c, value, paid, ref, List.of(), false), c, Scenario.PARTIAL,
                List.of(new Allocation(item.documentNumber(), paid, zero, zero, "")));
    }

    private void duplicate() {
        if (exactSingles.isEmpty()) {
            return;
        }
        Payment original = payments.get(exactSingles.get(r.nextInt(exactSingles.size())));
        LocalDate later = original.valueDate().plusDays(1 + r.nextInt(4));
        if (later.isAfter(spec.batchDate())) {
            later = spec.batchDate();
        }
        Payment p = new Payment(new PaymentId(nextId()), later, original.amount(), original.payerName(),
                original.payerAccount(), original.referenceText(), List.of());
        payments.add(p);
        truth.put(p.id().value(), new PaymentTruth(p.id().value(), truth.get(original.id().value()).customer(),
                Scenario.DUPLICATE, List.of()));
    }

    private void unapplicable() {
        LocalDate value = valueDate();
        Money amount = Money.of(BigDecimal.valueOf(100 + r.nextInt(20_000), 0).multiply(BigDecimal.TEN), "USD");
        if (r.nextDouble() < 0.6) {
            Payment p = new Payment(new PaymentId(nextId()), value, amount, Optional.of(CompanyNames.stranger(r)),
                    Optional.of(CashWorldGenerator.account(r)), CompanyNames.pick(r, new String[] {"REFUND", "DEPOSIT",
                        "RENT JUNE", "REF " + (100_000 + r.nextInt(900_000)), ""}), List.of());
            payments.add(p);
            truth.put(p.id().value(), new PaymentTruth(p.id().value(), Optional.empty(), Scenario.UNAPPLICABLE, List.of()));
            return;
        }
        int c = customer();
        Money deposit = new Money(amount.amount(), ledger.itemsByCustomer.get(c).get(0).openAmount().currency());
        Payment p = payment(c, value, deposit, CompanyNames.pick(r, new String[] {"PREPAYMENT", "DEPOSIT NEW ORDER",
            "ADVANCE PAYMENT"}), List.of(), false);
        record(p, c, Scenario.UNAPPLICABLE, List.of());
    }

    private Payment payment(int c, LocalDate value, Money amount, String ref, List<RemittanceLine> lines, boolean heavyName) {
        Customer customer = ledger.customers.get(c);
        // drawn only when asked for, so worlds without mangled names keep their random stream
        heavyName |= spec.heavyNameShare() > 0 && r.nextDouble() < spec.heavyNameShare();
        String account = null;
        double u = r.nextDouble();
        if (!heavyName && u < spec.knownAccountShare() && !customer.bankAccounts().isEmpty()) {
            account = customer.bankAccounts().get(r.nextInt(customer.bankAccounts().size()));
        } else if (u < spec.knownAccountShare() + (1 - spec.knownAccountShare()) * 0.6) {
            account = otherAccounts.computeIfAbsent(c, x -> CashWorldGenerator.account(r));
        }
        String name = r.nextDouble() < 0.05 && !heavyName ? null : CompanyNames.asPrinted(customer.name(), r, heavyName);
        Payment p = new Payment(new PaymentId(nextId()), value, amount, Optional.ofNullable(name), Optional.ofNullable(account),
                ref, lines);
        payments.add(p);
        return p;
    }

    private void record(Payment p, int c, Scenario s, List<Allocation> allocations) {
        truth.put(p.id().value(), new PaymentTruth(p.id().value(), Optional.of(ledger.customers.get(c).id()), s, allocations));
    }

    private String nextId() {
        return String.format("P%07d", payments.size() + 1);
    }

    /** A customer, weighted by how many items they hold (big accounts pay more often). */
    private int customer() {
        OpenItem any = ledger.all.get(r.nextInt(ledger.all.size()));
        return Integer.parseInt(any.customerId().value().substring(1)) - 100_000;
    }

    private LocalDate valueDate() {
        return spec.batchDate().minusDays(r.nextInt(20));
    }

    /** A random unused item of the customer that satisfies the condition, -1 if none. */
    private int freeItem(int c, Predicate<OpenItem> condition) {
        List<OpenItem> items = ledger.itemsByCustomer.get(c);
        boolean[] used = ledger.used.get(c);
        int start = r.nextInt(items.size());
        for (int j = 0; j < items.size(); j++) {
            int k = (start + j) % items.size();
            if (!used[k] && !items.get(k).isCreditMemo() && condition.test(items.get(k))) {
                return k;
            }
        }
        return -1;
    }

    private OpenItem take(int c, int k) {
        ledger.used.get(c)[k] = true;
        return ledger.itemsByCustomer.get(c).get(k);
    }

    private String style(int c, String doc) {
        return ReferenceWriting.styled(ledger.refStyle.get(c), doc);
    }

    private static Allocation full(OpenItem item) {
        Money zero = Money.zero(item.openAmount().currency());
        return new Allocation(item.documentNumber(), item.openAmount(), zero, zero, "");
    }

    static Money discountOf(OpenItem item) {
        return item.openAmount().times(item.terms().discountPercent().movePointLeft(2));
    }
}
