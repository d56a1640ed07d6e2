package io.clearline.matching;

import io.clearline.core.receivables.Payment;
import io.clearline.matching.MatchPattern.AmountFit;
import io.clearline.matching.MatchPattern.ReferenceQuality;
import io.clearline.matching.amount.AmountFitter;
import io.clearline.matching.amount.Fit;
import io.clearline.matching.amount.SubsetSearch;
import io.clearline.matching.index.IntList;
import io.clearline.matching.index.OpenItemIndex;
import io.clearline.matching.reference.ItemHit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Explains a payment by its amount alone: one open item of exactly that amount (or that amount less an
 * earned discount), else combinations of open items found by a bounded subset-sum search, preferring
 * items due near the value date and items on the same PO. Two explanations mean ambiguity.
 */
final class AmountSearch {

    private final OpenItemIndex index;
    private final AmountFitter fitter;
    private final MatchSettings settings;
    private final AmountRuns runs;

    AmountSearch(OpenItemIndex index, AmountFitter fitter, MatchSettings settings) {
        this.index = index;
        this.fitter = fitter;
        this.settings = settings;
        this.runs = new AmountRuns(index, fitter);
    }

    Plan byAmount(Payment p, int customer, long amount) {
        long tol = settings.tolerance(p.amount().currency());
        IntList items = index.itemsOf(customer);
        List<Integer> singles = new ArrayList<>();
        List<Integer> pool = new ArrayList<>();
        List<Integer> runnable = new ArrayList<>();
        int valueDay = (int) p.valueDate().toEpochDay();
        for (int k = 0; k < items.size(); k++) {
            int id = items.get(k);
            long open = index.openMinor(id);
            // an invoice issued after the money left the payer cannot be what it pays
            if (!index.currency(id).equals(p.amount().currency()) || open == 0 || index.issueDay(id) > valueDay) {
                continue;
            }
            runnable.add(id);
            if (open > 0 && (Math.abs(open - amount) <= tol
                    || Math.abs(fitter.expected(id, p.valueDate()) - amount) <= tol)) {
                singles.add(id);
            }
            if (open < 0 || open <= amount + tol) {
                pool.add(id);
            }
        }
        if (!singles.isEmpty()) {
            List<Plan> plans = new ArrayList<>();
            singles.sort(byPrior(p));
            for (int id : singles) {
                Fit f = fitter.fit(id, amount, tol, p.valueDate(), p.referenceText());
                plans.add(new Plan(List.of(f), List.of(hit(id)), 0, ReferenceQuality.NONE, AmountFit.UNIQUE_AMOUNT,
                        List.of(), false, List.of()));
            }
            return choose(plans, "open items of exactly this amount");
        }
        List<Plan> byRun = runs.find(p, runnable, amount, tol, settings.subsetMaxItems());
        if (!byRun.isEmpty()) {
            return choose(byRun, byRun.get(0).amount() == AmountFit.RUN ? "runs of consecutive open items summing to the amount"
                    : byRun.get(0).amount() == AmountFit.RUN_GAPPED ? "runs of open items (with a gap) summing to the amount"
                    : "combinations of open items due around the value date summing to the amount");
        }
        List<ItemHit> hits = new ArrayList<>(pool.size());
        for (int id : pool) {
            hits.add(hit(id));
        }
        List<Plan> subsets = subsetOf(p, hits, amount, ReferenceQuality.NONE);
        if (subsets.isEmpty()) {
            return Plan.nothing(amount, AmountFit.UNEXPLAINED, "no open item or combination of open items matches the amount");
        }
        return choose(subsets, "combinations of open items summing to the amount");
    }

    private Plan choose(List<Plan> plans, String what) {
        if (plans.size() == 1) {
            return plans.get(0);
        }
        Plan best = plans.get(0);
        List<String> notes = List.of(plans.size() + (plans.size() >= 3 ? "+ " : " ") + what + ": a person chooses");
        return new Plan(best.fits(), best.hits(), best.remainder(), best.reference(), AmountFit.AMBIGUOUS, notes, true,
                plans.subList(1, Math.min(plans.size(), 3)));
    }

    /**
     * Combinations (2+ items) of the candidates that pay the amount, with or without earned discounts.
     * Items due within {@link #WINDOW_DAYS} of the value date are searched first (payers settle what
     * falls due); only when they explain nothing is the wider pool searched.
     */
    List<Plan> subsetOf(Payment p, List<ItemHit> candidates, long amount, ReferenceQuality q) {
        List<ItemHit> pool = new ArrayList<>(candidates);
        pool.sort(Comparator.comparing(ItemHit::item, byPrior(p)));
        int day = (int) p.valueDate().toEpochDay();
        List<ItemHit> near = pool.stream().filter(h -> Math.abs(index.dueDay(h.item()) - day) <= WINDOW_DAYS).toList();
        List<Plan> out = near.size() >= 2 && near.size() < pool.size() ? search(p, near, amount, q, AmountFit.SUBSET) : List.of();
        if (!out.isEmpty()) {
            return out;
        }
        return search(p, pool, amount, q, near.size() == pool.size() ? AmountFit.SUBSET : AmountFit.SUBSET_WIDE);
    }

    static final int WINDOW_DAYS = 20;

    private List<Plan> search(Payment p, List<ItemHit> ordered, long amount, ReferenceQuality q, AmountFit subsetKind) {
        long tol = settings.tolerance(p.amount().currency());
        List<ItemHit> pool = ordered.size() > settings.subsetPoolSize()
                ? new ArrayList<>(ordered.subList(0, settings.subsetPoolSize())) : ordered;
        List<Plan> out = new ArrayList<>();
        for (boolean discounted : new boolean[] {false, true}) {
            long[] values = new long[pool.size()];
            boolean anyDiscount = false;
            for (int i = 0; i < values.length; i++) {
                int id = pool.get(i).item();
                values[i] = discounted ? fitter.expected(id, p.valueDate()) : index.openMinor(id);
                anyDiscount |= values[i] != index.openMinor(id);
            }
            if (discounted && !anyDiscount) {
                break;
            }
            SubsetSearch search = new SubsetSearch(values, settings.subsetMaxItems(), settings.subsetNodeBudget());
            for (int[] solution : search.solve(amount, tol, 3)) {
                Arrays.sort(solution);
                List<Fit> fits = new ArrayList<>();
                List<ItemHit> hits = new ArrayList<>();
                AmountFit worst = AmountFit.EXACT;
                for (int i : solution) {
                    Fit f = fitter.fit(pool.get(i).item(), values[i], tol, p.valueDate(), p.referenceText());
                    fits.add(f);
                    hits.add(pool.get(i));
                    worst = Planner.worse(worst, f.kind());
                }
                AmountFit kind = q == ReferenceQuality.NONE ? subsetKind : worst;
                out.add(new Plan(fits, hits, 0, q, kind, List.of(), false, List.of()));
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        if (out.size() > 1) {
            out.sort(Comparator.comparingInt(this::spread));
        }
        return out;
    }

    /** Prior for ranking: same PO beats mixed POs, then items issued close together. */
    private int spread(Plan plan) {
        long pos = plan.fits().stream().map(f -> index.poNumber(f.item()).orElse("")).distinct().count();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Fit f : plan.fits()) {
            min = Math.min(min, index.issueDay(f.item()));
            max = Math.max(max, index.issueDay(f.item()));
        }
        return (int) pos * 1000 + (max - min);
    }

    /** Items due close to the value date first, then the oldest. */
    private Comparator<Integer> byPrior(Payment p) {
        int day = (int) p.valueDate().toEpochDay();
        return Comparator.<Integer>comparingInt(id -> Math.abs(index.dueDay(id) - day))
                .thenComparingInt(index::issueDay);
    }

    private static ItemHit hit(int id) {
        return new ItemHit(id, ReferenceQuality.NONE, "", "");
    }

}
