package org.lodestar.engine.level;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The serial schedule generation scheme: takes the activities one by one in the order of a list that respects the
 * precedences, and starts each at the earliest time its predecessors, its release and the capacity left by the
 * activities already placed allow. Also runs backwards (every activity as late as possible before a given end), which
 * is what forward-backward improvement needs. Holds reusable scratch arrays, so one instance serves one thread.
 */
public final class SerialScheme {

    private final RcpspProblem problem;
    private int[][] usage;
    private int usedUntil;

    public SerialScheme(RcpspProblem problem) {
        this.problem = problem;
        int horizon = 1;
        for (int j = 0; j < problem.activities(); j++) {
            horizon += problem.duration[j] + Math.max(0, problem.release[j]);
            for (int lag : problem.predecessorLags[j]) {
                horizon += Math.max(0, lag);
            }
        }
        usage = new int[problem.resources()][Math.min(horizon, 1 << 12)];
    }

    /** Starts of the plain serial scheme with a priority rule: the eligible activity the rule ranks first goes next. */
    public static int[] schedule(RcpspProblem problem, PriorityRule rule) {
        return new SerialScheme(problem).forward(rule.list(problem));
    }

    /**
     * Starts of the activities placed in the list's order, each as early as possible.
     *
     * @param list every activity once, each after all its predecessors
     */
    public int[] forward(int[] list) {
        clear();
        for (int r = 0; r < usage.length; r++) {
            int[] reserved = problem.reserved[r];
            if (reserved.length > 0) {
                ensureHorizon(reserved.length);
                System.arraycopy(reserved, 0, usage[r], 0, reserved.length);
                usedUntil = Math.max(usedUntil, reserved.length);
            }
        }
        return pass(list, problem.predecessors, problem.predecessorLags, problem.release);
    }

    /**
     * Starts of the activities placed in the list's order, each as late as possible so that everything finishes by
     * {@code end}, and each activity still meets its deadline where the capacity allows.
     *
     * @param list every activity once, each after all its successors
     */
    public int[] backward(int[] list, int end) {
        int[] earliestReversed = new int[problem.activities()];
        for (int j = 0; j < earliestReversed.length; j++) {
            int deadline = problem.deadline[j];
            earliestReversed[j] = deadline == RcpspProblem.NO_DEADLINE ? 0 : Math.max(0, end - deadline);
        }
        // Reservations mirrored: real time t is reversed time end - 1 - t; those from the end on cannot matter.
        clear();
        for (int r = 0; r < usage.length; r++) {
            int[] reserved = problem.reserved[r];
            int last = Math.min(end, reserved.length);
            if (last > 0) {
                ensureHorizon(end);
                for (int t = 0; t < last; t++) {
                    usage[r][end - 1 - t] = reserved[t];
                }
                usedUntil = Math.max(usedUntil, end);
            }
        }
        int[] reversed = pass(list, problem.successors, problem.successorLags, earliestReversed);
        int[] starts = new int[reversed.length];
        for (int j = 0; j < starts.length; j++) {
            starts[j] = end - reversed[j] - problem.duration[j];
        }
        return starts;
    }

    /** Clears the usage that the last pass left; the caller then lays down the reservations. */
    private void clear() {
        for (int[] row : usage) {
            Arrays.fill(row, 0, Math.min(usedUntil, row.length), 0);
        }
        usedUntil = 0;
    }

    /** Places the activities on a usage holding the reservations (in the pass's own direction of time). */
    private int[] pass(int[] list, int[][] before, int[][] lags, int[] release) {
        int n = problem.activities();
        int[] start = new int[n];
        int[] duration = problem.duration;
        for (int j : list) {
            int t = Math.max(0, release[j]);
            int[] from = before[j];
            for (int k = 0; k < from.length; k++) {
                int p = from[k];
                t = Math.max(t, start[p] + duration[p] + lags[j][k]);
            }
            int d = duration[j];
            int[] uses = problem.uses[j];
            if (d > 0 && uses.length > 0) {
                t = earliestFit(j, t, d, uses);
                for (int k = 0; k < uses.length; k++) {
                    int[] row = usage[uses[k]];
                    int units = problem.units[j][k];
                    for (int tau = t; tau < t + d; tau++) {
                        row[tau] += units;
                    }
                }
                usedUntil = Math.max(usedUntil, t + d);
            }
            start[j] = t;
        }
        return start;
    }

    private int earliestFit(int j, int t, int d, int[] uses) {
        search:
        while (true) {
            ensureHorizon(t + d);
            for (int k = 0; k < uses.length; k++) {
                int[] row = usage[uses[k]];
                int free = problem.capacity[uses[k]] - problem.units[j][k];
                for (int tau = t + d - 1; tau >= t; tau--) {
                    if (row[tau] > free) {
                        t = tau + 1;
                        continue search;
                    }
                }
            }
            return t;
        }
    }

    private void ensureHorizon(int end) {
        if (end > usage[0].length) {
            int length = Math.max(end, usage[0].length * 2);
            for (int r = 0; r < usage.length; r++) {
                usage[r] = Arrays.copyOf(usage[r], length);
            }
        }
    }

    /**
     * A list respecting the precedences that follows the given keys where the precedences allow: repeatedly the
     * eligible activity of the smallest key (ties: the earlier in topological order).
     */
    static int[] listByKeys(RcpspProblem problem, long[] key) {
        int n = problem.activities();
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[problem.topologicalOrder[i]] = i;
        }
        int[] waiting = new int[n];
        PriorityQueue<Integer> eligible = new PriorityQueue<>(
                (a, b) -> key[a] != key[b] ? Long.compare(key[a], key[b]) : Integer.compare(rank[a], rank[b]));
        for (int j = 0; j < n; j++) {
            waiting[j] = problem.predecessors[j].length;
            if (waiting[j] == 0) {
                eligible.add(j);
            }
        }
        int[] list = new int[n];
        for (int i = 0; i < n; i++) {
            int j = eligible.poll();
            list[i] = j;
            for (int s : problem.successors[j]) {
                if (--waiting[s] == 0) {
                    eligible.add(s);
                }
            }
        }
        return list;
    }

    /** The same, over successors: a list where every activity comes after all its successors. */
    static int[] reverseListByKeys(RcpspProblem problem, long[] key) {
        int n = problem.activities();
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[problem.topologicalOrder[i]] = n - i;
        }
        int[] waiting = new int[n];
        PriorityQueue<Integer> eligible = new PriorityQueue<>(
                (a, b) -> key[a] != key[b] ? Long.compare(key[a], key[b]) : Integer.compare(rank[a], rank[b]));
        for (int j = 0; j < n; j++) {
            waiting[j] = problem.successors[j].length;
            if (waiting[j] == 0) {
                eligible.add(j);
            }
        }
        int[] list = new int[n];
        for (int i = 0; i < n; i++) {
            int j = eligible.poll();
            list[i] = j;
            for (int p : problem.predecessors[j]) {
                if (--waiting[p] == 0) {
                    eligible.add(p);
                }
            }
        }
        return list;
    }
}
