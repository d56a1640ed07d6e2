package io.clearline.matching.amount;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Which of a customer's open items add up to a payment. Depth-first over the pool sorted by amount
 * (largest first), pruned from both sides: a branch stops when it overshoots beyond what credit memos
 * could bring back, or when everything left cannot reach the target. Capped in items per combination
 * and in nodes visited, so thousands of open items cannot stall a batch. Stops after
 * {@code maxSolutions}: two solutions already mean "ambiguous"; the caller ranks them by its priors.
 */
public final class SubsetSearch {

    private final long[] values;
    private final int[] order;
    private final int maxItems;
    private final int nodeBudget;
    private final long[] negativeSuffix;
    private final long[] positiveSuffix;
    private int nodes;
    private boolean exhausted;

    public SubsetSearch(long[] values, int maxItems, int nodeBudget) {
        this.maxItems = maxItems;
        this.nodeBudget = nodeBudget;
        Integer[] idx = new Integer[values.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingLong((Integer i) -> values[i]).reversed());
        order = new int[values.length];
        this.values = new long[values.length];
        for (int i = 0; i < idx.length; i++) {
            order[i] = idx[i];
            this.values[i] = values[idx[i]];
        }
        negativeSuffix = new long[values.length + 1];
        positiveSuffix = new long[values.length + 1];
        for (int i = values.length - 1; i >= 0; i--) {
            negativeSuffix[i] = negativeSuffix[i + 1] + Math.min(0, this.values[i]);
            positiveSuffix[i] = positiveSuffix[i + 1] + Math.max(0, this.values[i]);
        }
    }

    /**
     * Index sets (into the values as given) whose sum is the target within tolerance, fewest items first:
     * sizes 2, 3, ... up to the cap, stopping at the first size that has any. A coincidental sum of many
     * small items is likelier than one of few, so the smallest explanation is the one to believe, and
     * it counts as unique only when no combination one item larger explains the amount as well.
     */
    public List<int[]> solve(long target, long tolerance, int maxSolutions) {
        nodes = 0;
        exhausted = false;
        for (int size = 2; size <= maxItems && !exhausted; size++) {
            List<int[]> found = new ArrayList<>();
            dfs(0, 0, target, tolerance, new int[size], 0, found, maxSolutions);
            if (!found.isEmpty()) {
                if (found.size() == 1 && size < maxItems) {
                    // one item more explaining it too would make the smallest answer a coincidence candidate
                    dfs(0, 0, target, tolerance, new int[size + 1], 0, found, 2);
                }
                return found;
            }
        }
        return List.of();
    }

    /** Whether the last search ran out of node budget before finishing. */
    public boolean budgetExhausted() {
        return exhausted;
    }

    private void dfs(int from, long sum, long target, long tol, int[] chosen, int depth, List<int[]> found, int max) {
        for (int i = from; i < values.length; i++) {
            if (found.size() >= max || exhausted) {
                return;
            }
            if (sum + positiveSuffix[i] < target - tol) {
                return;
            }
            if (++nodes > nodeBudget) {
                exhausted = true;
                return;
            }
            long s = sum + values[i];
            if (s + negativeSuffix[i + 1] > target + tol) {
                continue;
            }
            chosen[depth] = order[i];
            if (depth + 1 == chosen.length) {
                if (Math.abs(s - target) <= tol) {
                    found.add(Arrays.copyOf(chosen, depth + 1));
                }
            } else {
                dfs(i + 1, s, target, tol, chosen, depth + 1, found, max);
            }
        }
    }
}
