package org.lodestar.engine.level;

/** How the serial scheme chooses the next activity among those whose predecessors are all placed. */
public enum PriorityRule {

    /** Latest finish time (critical path, resources ignored) first: the plain baseline of the literature. */
    LFT,
    /** Latest start time first. */
    LST,
    /** Most total successors (direct and indirect) first. */
    MTS,
    /** Greatest rank positional weight first: own duration plus the durations of all successors. */
    GRPW,
    /**
     * Microsoft Project's "priority, standard" order: higher leveling priority first, then less total slack, then the
     * lower index (the order of entry). The delay-only leveling uses it.
     */
    PRIORITY;

    /** A list respecting the precedences in this rule's order. */
    int[] list(RcpspProblem problem) {
        return SerialScheme.listByKeys(problem, keys(problem));
    }

    /** Keys per activity, smallest first. */
    long[] keys(RcpspProblem problem) {
        int n = problem.activities();
        long[] key = new long[n];
        int[] latestFinish = latestFinishes(problem);
        switch (this) {
            case LFT -> {
                for (int j = 0; j < n; j++) {
                    key[j] = latestFinish[j];
                }
            }
            case LST -> {
                for (int j = 0; j < n; j++) {
                    key[j] = latestFinish[j] - problem.duration[j];
                }
            }
            case MTS, GRPW -> {
                java.util.BitSet[] after = transitiveSuccessors(problem);
                for (int j = 0; j < n; j++) {
                    if (this == MTS) {
                        key[j] = -after[j].cardinality();
                    } else {
                        long weight = problem.duration[j];
                        for (int s = after[j].nextSetBit(0); s >= 0; s = after[j].nextSetBit(s + 1)) {
                            weight += problem.duration[s];
                        }
                        key[j] = -weight;
                    }
                }
            }
            case PRIORITY -> {
                int[] early = problem.earlyStarts();
                for (int j = 0; j < n; j++) {
                    long slack = latestFinish[j] - problem.duration[j] - early[j];
                    key[j] = -((long) problem.priority[j] << 32) + slack;
                }
            }
            default -> throw new IllegalStateException(name());
        }
        return key;
    }

    /** Latest finishes without resources for the critical path length (or the deadline, when earlier). */
    static int[] latestFinishes(RcpspProblem problem) {
        int n = problem.activities();
        int end = problem.criticalPathLength();
        int[] latestFinish = new int[n];
        int[] order = problem.topologicalOrder;
        for (int i = n - 1; i >= 0; i--) {
            int j = order[i];
            int lf = Math.min(end, problem.deadline[j]);
            for (int k = 0; k < problem.successors[j].length; k++) {
                int s = problem.successors[j][k];
                lf = Math.min(lf, latestFinish[s] - problem.duration[s] - problem.successorLags[j][k]);
            }
            latestFinish[j] = lf;
        }
        return latestFinish;
    }

    private static java.util.BitSet[] transitiveSuccessors(RcpspProblem problem) {
        int n = problem.activities();
        java.util.BitSet[] after = new java.util.BitSet[n];
        int[] order = problem.topologicalOrder;
        for (int i = n - 1; i >= 0; i--) {
            int j = order[i];
            after[j] = new java.util.BitSet(n);
            for (int s : problem.successors[j]) {
                after[j].set(s);
                after[j].or(after[s]);
            }
        }
        return after;
    }
}
