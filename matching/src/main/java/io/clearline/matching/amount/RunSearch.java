package io.clearline.matching.amount;

import java.util.ArrayList;
import java.util.List;

/**
 * Which runs of a customer's open items add up to a payment. The values come in date order (the order
 * an AP system pays them in); a <em>run</em> is a window of consecutive values, a <em>gapped run</em> a
 * window with one block of consecutive values inside it left out (invoices on hold, in dispute, or
 * already settled by another payment). Prefix sums make every window O(1); the search is bounded by
 * the items per run and the gap length, so it costs at most {@code n · maxItems² · maxGap} additions.
 * Stops collecting after {@code maxSolutions} of a kind: two runs already mean "ambiguous".
 */
public final class RunSearch {

    /** A window {@code [from, to]} (inclusive) of the values as given, without {@code [gapFrom, gapTo]} when gapped. */
    public record Run(int from, int to, int gapFrom, int gapTo) {

        public boolean gapped() {
            return gapFrom >= 0;
        }

        /** Indexes of the values the run pays. */
        public int[] indexes() {
            int n = to - from + 1 - (gapped() ? gapTo - gapFrom + 1 : 0);
            int[] out = new int[n];
            int k = 0;
            for (int i = from; i <= to; i++) {
                if (!gapped() || i < gapFrom || i > gapTo) {
                    out[k++] = i;
                }
            }
            return out;
        }

        public int size() {
            return indexes().length;
        }
    }

    /** Contiguous runs found, and gapped ones (searched only when no contiguous run explains the amount). */
    public record Found(List<Run> runs, List<Run> gapped) {

        public boolean isEmpty() {
            return runs.isEmpty() && gapped.isEmpty();
        }
    }

    private final long[] prefix;
    private final int maxItems;
    private final int maxGap;

    /**
     * @param values   amounts in date order (credit memos negative)
     * @param maxItems most items one run may pay
     * @param maxGap   most consecutive items a gapped run may leave out
     */
    public RunSearch(long[] values, int maxItems, int maxGap) {
        this.maxItems = maxItems;
        this.maxGap = maxGap;
        prefix = new long[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            prefix[i + 1] = prefix[i] + values[i];
        }
    }

    /** Runs of 2+ items summing to the target within the tolerance; gapped ones only when no plain run does. */
    public Found solve(long target, long tolerance, int maxSolutions) {
        int n = prefix.length - 1;
        List<Run> runs = new ArrayList<>();
        for (int from = 0; from < n && runs.size() < maxSolutions; from++) {
            for (int to = from + 1; to < n && to - from < maxItems; to++) {
                if (Math.abs(sum(from, to) - target) <= tolerance) {
                    runs.add(new Run(from, to, -1, -1));
                    if (runs.size() >= maxSolutions) {
                        break;
                    }
                }
            }
        }
        if (!runs.isEmpty()) {
            return new Found(runs, List.of());
        }
        List<Run> gapped = new ArrayList<>();
        // from .. gapFrom-1 paid, gapFrom .. gapTo left out, gapTo+1 .. to paid: both sides non-empty
        for (int from = 0; from < n && gapped.size() < maxSolutions; from++) {
            for (int gapFrom = from + 1; gapFrom < n && gapFrom - from < maxItems; gapFrom++) {
                long left = sum(from, gapFrom - 1);
                for (int gapTo = gapFrom; gapTo < n && gapTo - gapFrom < maxGap; gapTo++) {
                    for (int to = gapTo + 1; to < n && (gapFrom - from) + (to - gapTo) <= maxItems; to++) {
                        if (Math.abs(left + sum(gapTo + 1, to) - target) <= tolerance) {
                            gapped.add(new Run(from, to, gapFrom, gapTo));
                            if (gapped.size() >= maxSolutions) {
                                return new Found(List.of(), gapped);
                            }
                        }
                    }
                }
            }
        }
        return new Found(List.of(), gapped);
    }

    private long sum(int from, int to) {
        return prefix[to + 1] - prefix[from];
    }
}
