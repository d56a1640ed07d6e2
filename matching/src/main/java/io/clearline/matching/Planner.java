package io.clearline.matching;

import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import io.clearline.matching.MatchPattern.AmountFit;
import io.clearline.matching.MatchPattern.ReferenceQuality;
import io.clearline.matching.amount.AmountFitter;
import io.clearline.matching.amount.Fit;
import io.clearline.matching.index.OpenItemIndex;
import io.clearline.matching.reference.ItemHit;
import io.clearline.matching.reference.ItemLookup;
import io.clearline.matching.reference.References;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Explains a payment against one customer's open items, in order of evidence: the remittance lines
 * when there are any, else the references in the payment text, else the amount alone (one open item
 * of that amount, else a bounded subset-sum search).
 */
final class Planner {

    private final OpenItemIndex index;
    private final ItemLookup lookup;
    private final AmountFitter fitter;
    private final AmountSearch amounts;
    private final MatchSettings settings;

    Planner(OpenItemIndex index, AmountFitter fitter, MatchSettings settings) {
        this.index = index;
        this.lookup = new ItemLookup(index);
        this.fitter = fitter;
        this.settings = settings;
        this.amounts = new AmountSearch(index, fitter, settings);
    }

    ItemLookup lookup() {
        return lookup;
    }

    Plan plan(Payment p, int customer, List<References.Token> textTokens) {
        long amount = p.amount().minorUnits();
        if (!hasItemsIn(customer, p)) {
            return Plan.nothing(amount, AmountFit.NOTHING, index.itemsOf(customer).size() == 0
                    ? "customer has no open items"
                    : "payment currency " + p.amount().currency() + " is unlike the customer's invoices");
        }
        if (p.hasRemittance()) {
            return new RemittancePlanner(this).plan(p, customer, amount);
        }
        List<ItemHit> hits = resolve(customer, textTokens, p, new ArrayList<>(), amount);
        if (!hits.isEmpty()) {
            hits = withCreditsNamed(customer, p, hits);
            return settle(p, hits, amount, p.referenceText());
        }
        return amounts.byAmount(p, customer, amount);
    }

    /** Adds the customer's credit memos the memo names to net ("90001 less credit CM-5"), exact matches only. */
    private List<ItemHit> withCreditsNamed(int customer, Payment p, List<ItemHit> hits) {
        List<ItemHit> out = new ArrayList<>(hits);
        Set<Integer> seen = new HashSet<>();
        hits.forEach(h -> seen.add(h.item()));
        for (References.Token t : References.creditMentions(p.referenceText())) {
            for (ItemHit h : mine(lookup.exact(t), customer, p)) {
                if (index.isCreditMemo(h.item()) && seen.add(h.item())) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    private boolean hasItemsIn(int customer, Payment p) {
        var items = index.itemsOf(customer);
        for (int k = 0; k < items.size(); k++) {
            if (index.currency(items.get(k)).equals(p.amount().currency())) {
                return true;
            }
        }
        return false;
    }

    /** Items of this customer (in the payment currency) that the tokens name: exact, then fuzzy, then PO. */
    List<ItemHit> resolve(int customer, List<References.Token> tokens, Payment p, List<String> notes, long amountHint) {
        List<ItemHit> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (References.Token t : tokens) {
            List<ItemHit> found = mine(lookup.exact(t), customer, p);
            if (found.isEmpty()) {
                found = mine(lookup.fuzzyWithin(customer, t), customer, p);
                if (found.size() > 1) {
                    found = byAmount(found, amountHint, p);
                }
                if (found.size() > 1) {
                    notes.add("reference " + t.raw() + " is close to " + found.size() + " documents");
                    found = List.of();
                }
            }
            if (found.isEmpty()) {
                found = mine(lookup.byPo(t), customer, p);
            }
            for (ItemHit h : found) {
                if (seen.add(h.item())) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    /** Among near-miss references, the ones whose amount is what was paid (or billed): the payer's own cross-check. */
    private List<ItemHit> byAmount(List<ItemHit> hits, long amount, Payment p) {
        if (amount == Long.MIN_VALUE) {
            return hits;
        }
        long tol = settings.tolerance(p.amount().currency());
        List<ItemHit> out = new ArrayList<>(1);
        for (ItemHit h : hits) {
            long open = index.openMinor(h.item());
            if (Math.abs(open - amount) <= tol || Math.abs(fitter.expected(h.item(), p.valueDate()) - amount) <= tol) {
                out.add(new ItemHit(h.item(), h.quality(), h.written(), h.how() + ", amount agrees"));
            }
        }
        return out.isEmpty() ? hits : out;
    }

    private List<ItemHit> mine(List<ItemHit> hits, int customer, Payment p) {
        List<ItemHit> out = new ArrayList<>(hits.size());
        for (ItemHit h : hits) {
            if (index.customerOf(h.item()) == customer && index.currency(h.item()).equals(p.amount().currency())) {
                out.add(h);
            }
        }
        return out;
    }

    /** Settles the referenced items with the amount: all of them, a subset, oldest first, or with excess. */
    Plan settle(Payment p, List<ItemHit> hits, long amount, String memo) {
        long tol = settings.tolerance(p.amount().currency());
        List<ItemHit> open = new ArrayList<>();
        for (ItemHit h : hits) {
            if (index.openMinor(h.item()) > 0 || index.isCreditMemo(h.item()) && index.openMinor(h.item()) < 0) {
                open.add(h);
            }
        }
        ReferenceQuality worst = worstQuality(hits);
        if (open.isEmpty()) {
            Fit settled = fitter.fit(hits.get(0).item(), amount, tol, p.valueDate(), memo);
            return new Plan(List.of(), List.of(), amount, worst, AmountFit.SETTLED_ALREADY,
                    List.of(settled.explanation()), true, List.of());
        }
        if (open.size() == 1) {
            Fit f = fitter.fit(open.get(0).item(), amount, tol, p.valueDate(), memo);
            return new Plan(List.of(f), List.of(open.get(0)), f.excess(), worst, f.kind(), List.of(), false, List.of());
        }
        long sumOpen = 0;
        long sumExpected = 0;
        for (ItemHit h : open) {
            sumOpen += index.openMinor(h.item());
            sumExpected += fitter.expected(h.item(), p.valueDate());
        }
        if (Math.abs(amount - sumOpen) <= tol || Math.abs(amount - sumExpected) <= tol) {
            boolean discounted = Math.abs(amount - sumOpen) > tol;
            return allOf(p, open, discounted, worst, memo, tol);
        }
        List<ItemHit> exactly = new ArrayList<>(1);
        for (ItemHit h : open) {
            if (Math.abs(index.openMinor(h.item()) - amount) <= tol
                    || Math.abs(fitter.expected(h.item(), p.valueDate()) - amount) <= tol) {
                exactly.add(h);
            }
        }
        if (exactly.size() == 1) {
            Fit f = fitter.fit(exactly.get(0).item(), amount, tol, p.valueDate(), memo);
            return new Plan(List.of(f), exactly, 0, exactly.get(0).quality(), f.kind(), List.of(), false, List.of());
        }
        List<Plan> subsets = amounts.subsetOf(p, open, amount, worst);
        if (subsets.size() == 1) {
            return subsets.get(0);
        }
        return oldestFirst(p, open, amount, worst, memo, tol);
    }

    private Plan allOf(Payment p, List<ItemHit> items, boolean discounted, ReferenceQuality q, String memo, long tol) {
        List<Fit> fits = new ArrayList<>();
        AmountFit worst = AmountFit.EXACT;
        for (ItemHit h : items) {
            long pay = discounted ? fitter.expected(h.item(), p.valueDate()) : index.openMinor(h.item());
            Fit f = fitter.fit(h.item(), pay, tol, p.valueDate(), memo);
            fits.add(f);
            worst = worse(worst, f.kind());
        }
        return new Plan(fits, items, 0, q, worst, List.of(), false, List.of());
    }

    private Plan oldestFirst(Payment p, List<ItemHit> items, long amount, ReferenceQuality q, String memo, long tol) {
        List<ItemHit> sorted = new ArrayList<>(items);
        sorted.sort((a, b) -> Integer.compare(index.issueDay(a.item()), index.issueDay(b.item())));
        List<Fit> fits = new ArrayList<>();
        List<ItemHit> used = new ArrayList<>();
        long left = amount;
        AmountFit worst = AmountFit.EXACT;
        for (ItemHit h : sorted) {
            if (left <= 0) {
                break;
            }
            long open = index.openMinor(h.item());
            Fit f = fitter.fit(h.item(), Math.min(left, Math.max(open, 0)), tol, p.valueDate(), memo);
            fits.add(f);
            used.add(h);
            left -= f.applied();
            worst = worse(worst, f.kind());
        }
        AmountFit kind = left > tol ? AmountFit.OVERPAYMENT : worse(worst, AmountFit.PARTIAL);
        return new Plan(fits, used, Math.max(left, 0), q, kind,
                List.of("the amount does not match the referenced documents; applied oldest first"), false, List.of());
    }

    static ReferenceQuality worstQuality(List<ItemHit> hits) {
        ReferenceQuality w = ReferenceQuality.REMITTANCE_EXACT;
        for (ItemHit h : hits) {
            if (h.quality().ordinal() > w.ordinal()) {
                w = h.quality();
            }
        }
        return w;
    }

    static AmountFit worse(AmountFit a, AmountFit b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    OpenItemIndex index() {
        return index;
    }

    AmountFitter fitter() {
        return fitter;
    }

    MatchSettings settings() {
        return settings;
    }

    static long paidOf(RemittanceLine line, Payment p) {
        return line.effectivePaid().filter(m -> m.currency().equals(p.amount().currency()))
                .map(m -> m.minorUnits()).orElse(Long.MIN_VALUE);
    }
}
