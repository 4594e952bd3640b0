package org.lodestar.engine.level;

import java.util.Arrays;

/**
 * Forward-backward improvement (double justification, Valls, Ballestín and Quintanilla 2005): shift every activity
 * as late as it can go without moving the end, taking them by decreasing finish, then as early as it can go, taking
 * them by increasing start. The makespan never grows and often shrinks; repeated while it does.
 */
final class Justification {

    private final RcpspProblem problem;
    private final SerialScheme scheme;
    private final boolean sortable;
    private final int[] topologicalRank;
    private final long[] packed;

    Justification(RcpspProblem problem, SerialScheme scheme) {
        this.problem = problem;
        this.scheme = scheme;
        int n = problem.activities();
        topologicalRank = new int[n];
        for (int i = 0; i < n; i++) {
            topologicalRank[problem.topologicalOrder[i]] = i;
        }
        // With no lead (negative lag), ordering by time with ties broken by topological rank respects precedences.
        boolean noLeads = Arrays.stream(problem.predecessorLags).flatMapToInt(Arrays::stream).allMatch(lag -> lag >= 0);
        sortable = noLeads && n < (1 << 20);
        packed = new long[n];
    }

    /** A schedule at least as short as the given feasible one (the same when it cannot improve it). */
    int[] improve(int[] starts) {
        int[] best = starts;
        int bestMakespan = problem.makespan(starts);
        for (int round = 0; round < 4; round++) {
            int[] right = scheme.backward(byDecreasingFinish(best), bestMakespan);
            int[] left = scheme.forward(byIncreasingStart(right));
            int makespan = problem.makespan(left);
            if (makespan > bestMakespan || !respectsReleases(left)) {
                return best;
            }
            boolean shorter = makespan < bestMakespan;
            best = left;
            bestMakespan = makespan;
            if (!shorter) {
                break;
            }
        }
        return best;
    }

    private boolean respectsReleases(int[] starts) {
        for (int j = 0; j < starts.length; j++) {
            if (starts[j] < problem.release[j]) {
                return false;
            }
        }
        return true;
    }

    /** A list respecting the precedences ordered by increasing start. */
    int[] byIncreasingStart(int[] starts) {
        int n = starts.length;
        if (!sortable) {
            long[] key = new long[n];
            for (int j = 0; j < n; j++) {
                key[j] = starts[j];
            }
            return SerialScheme.listByKeys(problem, key);
        }
        for (int j = 0; j < n; j++) {
            packed[j] = ((long) starts[j] << 20) | topologicalRank[j];
        }
        Arrays.sort(packed);
        int[] list = new int[n];
        int[] order = problem.topologicalOrder;
        for (int i = 0; i < n; i++) {
            list[i] = order[(int) (packed[i] & ((1 << 20) - 1))];
        }
        return list;
    }

    private int[] byDecreasingFinish(int[] starts) {
        int n = starts.length;
        if (!sortable) {
            long[] key = new long[n];
            for (int j = 0; j < n; j++) {
                key[j] = -(long) (starts[j] + problem.duration[j]);
            }
            return SerialScheme.reverseListByKeys(problem, key);
        }
        long offset = problem.makespan(starts);
        for (int j = 0; j < n; j++) {
            long fromEnd = offset - (starts[j] + problem.duration[j]);
            packed[j] = (fromEnd << 20) | (n - 1 - topologicalRank[j]);
        }
        Arrays.sort(packed);
        int[] list = new int[n];
        int[] order = problem.topologicalOrder;
        for (int i = 0; i < n; i++) {
            list[i] = order[n - 1 - (int) (packed[i] & ((1 << 20) - 1))];
        }
        return list;
    }
}
