package io.clearline.matching;

import io.clearline.core.receivables.Payment;
import io.clearline.matching.MatchPattern.AmountFit;
import io.clearline.matching.MatchPattern.ReferenceQuality;
import io.clearline.matching.amount.AmountFitter;
import io.clearline.matching.amount.Fit;
import io.clearline.matching.amount.RunSearch;
import io.clearline.matching.amount.SubsetSearch;
import io.clearline.matching.reference.ItemHit;
import io.clearline.matching.index.OpenItemIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A payment without remittance that pays several invoices usually pays an AP run: the payer's system
 * settles the customer's invoices that fall due in a window of dates, in date order, sometimes leaving
 * one block out (on hold, disputed, paid before). Before the general subset-sum, this looks for such runs
 * among the items due nearest the value date: a plain run (evidence {@link AmountFit#RUN}) beats a gapped
 * one ({@link AmountFit#RUN_GAPPED}), which is searched only when no plain run explains the amount; two
 * runs of a kind are ambiguous. Last, combinations of the items due within a few days of the value date
 * ({@link AmountFit#RUN_WINDOW}, narrowest window first). Anything else is left to the subset-sum search.
 */
final class AmountRuns {

    /** Items due nearest the value date that runs are searched among. */
    static final int POOL = 40;
    /** Most items one run pays. */
    static final int MAX_ITEMS = 8;
    /** Most consecutive items a gapped run leaves out. */
    static final int MAX_GAP = 8;
    /** Due-date windows (days either side of the value date) searched, narrowest first, when no run fits. */
    static final int[] WINDOWS = {2, 5, 10};
    /** Most items in a window for its subset search (a wider window has too many coincidences to be worth it). */
    static final int WINDOW_ITEMS = 24;
    /** Most items one window combination pays: six of two dozen items make too many sums to believe one. */
    static final int WINDOW_MAX_ITEMS = 5;

    private final OpenItemIndex index;
    private final AmountFitter fitter;

    AmountRuns(OpenItemIndex index, AmountFitter fitter) {
        this.index = index;
        this.fitter = fitter;
    }

    /**
     * Runs among the candidates (the customer's open items in the payment currency, none issued after the
     * value date) that pay the amount, as plans; the first is the one to believe when there is only one.
     * Empty when no run explains it.
     */
    List<Plan> find(Payment p, List<Integer> candidates, long amount, long tol, int maxItems) {
        if (candidates.size() < 2) {
            return List.of();
        }
        int day = (int) p.valueDate().toEpochDay();
        List<Integer> pool = new ArrayList<>(candidates);
        if (pool.size() > POOL) {
            pool.sort(Comparator.<Integer>comparingInt(id -> Math.abs(index.dueDay(id) - day)).thenComparingInt(id -> id));
            pool = new ArrayList<>(pool.subList(0, POOL));
        }
        // the order an AP system pays in: by due date, then as the documents were issued
        pool.sort(Comparator.<Integer>comparingInt(index::dueDay).thenComparingInt(index::issueDay).thenComparingInt(id -> id));
        for (boolean discounted : new boolean[] {false, true}) {
            long[] values = new long[pool.size()];
            boolean anyDiscount = false;
            for (int i = 0; i < values.length; i++) {
                int id = pool.get(i);
                values[i] = discounted ? fitter.expected(id, p.valueDate()) : index.openMinor(id);
                anyDiscount |= values[i] != index.openMinor(id);
            }
            if (discounted && !anyDiscount) {
                break;
            }
            RunSearch.Found found = new RunSearch(values, MAX_ITEMS, MAX_GAP).solve(amount, tol, 3);
            if (!found.isEmpty()) {
                List<Plan> plans = new ArrayList<>();
                boolean gapped = found.runs().isEmpty();
                for (RunSearch.Run run : gapped ? found.gapped() : found.runs()) {
                    plans.add(plan(p, pool, values, run, tol));
                }
                return plans;
            }
            List<Plan> windowed = window(p, pool, values, amount, tol, day, maxItems);
            if (!windowed.isEmpty()) {
                return windowed;
            }
        }
        return List.of();
    }

    /**
     * Not consecutive, but due close together around the value date: the payer's run with invoices held
     * back here and there. Subsets of the items due within a few days of the value date, narrowest window
     * first; the first window with any answer decides (one answer: {@link AmountFit#RUN_WINDOW}; several:
     * ambiguous).
     */
    private List<Plan> window(Payment p, List<Integer> pool, long[] values, long amount, long tol, int day, int maxItems) {
        for (int w : WINDOWS) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                if (Math.abs(index.dueDay(pool.get(i)) - day) <= w) {
                    members.add(i);
                }
            }
            if (members.size() > WINDOW_ITEMS) {
                return List.of();
            }
            if (members.size() < 2) {
                continue;
            }
            long[] sub = new long[members.size()];
            for (int k = 0; k < sub.length; k++) {
                sub[k] = values[members.get(k)];
            }
            List<int[]> solutions = new SubsetSearch(sub, Math.min(maxItems, WINDOW_MAX_ITEMS), 200_000).solve(amount, tol, 3);
            if (solutions.isEmpty()) {
                continue;
            }
            List<Plan> plans = new ArrayList<>();
            for (int[] solution : solutions) {
                List<Fit> fits = new ArrayList<>();
                List<ItemHit> hits = new ArrayList<>();
                String how = String.format(Locale.ROOT, " of %d open items due within %d days of the value date that together make the "
                        + "payment amount [RUN_WINDOW]", solution.length, w);
                Arrays.sort(solution);
                for (int k : solution) {
                    int i = members.get(k);
                    int id = pool.get(i);
                    fits.add(fitter.fit(id, values[i], tol, p.valueDate(), p.referenceText()));
                    hits.add(new ItemHit(id, ReferenceQuality.NONE, "", (index.isCreditMemo(id) ? "credit memo " : "invoice ")
                            + index.documentNumber(id) + " is one" + how));
                }
                plans.add(new Plan(fits, hits, 0, ReferenceQuality.NONE, AmountFit.RUN_WINDOW, List.of(), false, List.of()));
            }
            return plans;
        }
        return List.of();
    }

    private Plan plan(Payment p, List<Integer> pool, long[] values, RunSearch.Run run, long tol) {
        int[] members = run.indexes();
        LocalDate first = LocalDate.ofEpochDay(index.dueDay(pool.get(run.from())));
        LocalDate last = LocalDate.ofEpochDay(index.dueDay(pool.get(run.to())));
        String how = run.gapped()
                ? String.format(Locale.ROOT, " of %d open items due %s to %s (%d in between left out) that together make the payment amount [RUN_GAPPED]",
                        members.length, first, last, run.gapTo() - run.gapFrom() + 1)
                : String.format(Locale.ROOT, " of %d consecutive open items due %s to %s that together make the payment amount [RUN]",
                        members.length, first, last);
        List<Fit> fits = new ArrayList<>();
        List<ItemHit> hits = new ArrayList<>();
        for (int i : members) {
            int id = pool.get(i);
            fits.add(fitter.fit(id, values[i], tol, p.valueDate(), p.referenceText()));
            String kind = index.isCreditMemo(id) ? "credit memo " : "invoice ";
            hits.add(new ItemHit(id, ReferenceQuality.NONE, "", kind + index.documentNumber(id) + " is one" + how));
        }
        return new Plan(fits, hits, 0, ReferenceQuality.NONE, run.gapped() ? AmountFit.RUN_GAPPED : AmountFit.RUN,
                List.of(), false, List.of());
    }
}
