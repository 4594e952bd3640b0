package org.lodestar.engine.level;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of a leveling: a start per activity (feasible for precedences, releases and capacities), what moved
 * against the schedule without resources, and which deadlines it misses.
 *
 * @param starts     start per activity, by index
 * @param makespan   the latest finish
 * @param lowerBound a proven lower bound on the makespan of any feasible schedule
 * @param optimal    whether the makespan is proven shortest (it equals the bound, or an exact solver proved it)
 * @param moves      the activities that start later than their early start ignoring resources, by index
 * @param missedDeadlines the activities that finish after their deadline, by index
 */
public record Leveling(int[] starts, int makespan, int lowerBound, boolean optimal, List<Move> moves,
        List<DeadlineMiss> missedDeadlines) {

    /**
     * An activity that starts later than it would without resource limits, and why.
     *
     * @param activity   its index
     * @param from       its early start ignoring resources (the unleveled start)
     * @param to         its leveled start
     * @param pushedBy   the predecessor whose leveled finish (plus lag) holds it latest, or -1 when none holds it
     *                   past {@code from}
     * @param resources  the resources that lack capacity for it anywhere between where its predecessors allow it to
     *                   start and its leveled start; empty when it moved only because a predecessor did
     */
    public record Move(int activity, int from, int to, int pushedBy, List<Integer> resources) {

        /** By how many time units it moved. */
        public int delay() {
            return to - from;
        }
    }

    /**
     * @param activity its index
     * @param deadline its deadline
     * @param finish   its leveled finish
     */
    public record DeadlineMiss(int activity, int deadline, int finish) {

        public int lateness() {
            return finish - deadline;
        }
    }

    public Leveling {
        starts = starts.clone();
        moves = List.copyOf(moves);
        missedDeadlines = List.copyOf(missedDeadlines);
    }

    @Override
    public int[] starts() {
        return starts.clone();
    }

    public int start(int activity) {
        return starts[activity];
    }

    /**
     * Describes a feasible schedule of the problem.
     *
     * @throws IllegalArgumentException when the schedule violates a precedence, a release or a capacity
     */
    public static Leveling of(RcpspProblem problem, int[] starts, int lowerBound, boolean optimal) {
        List<String> violations = problem.violations(starts);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("Not a feasible schedule: " + violations.subList(0, Math.min(5,
                    violations.size())));
        }
        int makespan = problem.makespan(starts);
        return new Leveling(starts, makespan, Math.min(lowerBound, makespan), optimal || makespan <= lowerBound,
                moves(problem, starts), missedDeadlines(problem, starts));
    }

    private static List<Move> moves(RcpspProblem problem, int[] starts) {
        int[] early = problem.earlyStarts();
        int[][] used = problem.usage(starts);
        List<Move> moves = new ArrayList<>();
        for (int j = 0; j < starts.length; j++) {
            if (starts[j] <= early[j]) {
                continue;
            }
            int allowed = Math.max(0, problem.release[j]);
            int pushedBy = -1;
            for (int k = 0; k < problem.predecessors[j].length; k++) {
                int p = problem.predecessors[j][k];
                int after = starts[p] + problem.duration[p] + problem.predecessorLags[j][k];
                if (after > allowed) {
                    allowed = after;
                    pushedBy = p;
                }
            }
            if (allowed <= early[j]) {
                pushedBy = -1;
            }
            List<Integer> shortOf = new ArrayList<>();
            for (int k = 0; k < problem.uses[j].length; k++) {
                int r = problem.uses[j][k];
                if (lacksCapacity(problem, j, problem.units[j][k], r, used[r], starts[j], allowed)) {
                    shortOf.add(r);
                }
            }
            moves.add(new Move(j, early[j], starts[j], pushedBy, shortOf));
        }
        return moves;
    }

    /** Whether the others leave too little of r for j to start at {@code allowed}, before its leveled start. */
    private static boolean lacksCapacity(RcpspProblem problem, int j, int demand, int r, int[] used, int start,
            int allowed) {
        if (start <= allowed) {
            return false;
        }
        int end = start + problem.duration[j];
        for (int t = allowed; t < allowed + problem.duration[j]; t++) {
            int own = t >= start && t < end ? demand : 0;
            if (used[t] - own + demand > problem.capacity[r]) {
                return true;
            }
        }
        return false;
    }

    private static List<DeadlineMiss> missedDeadlines(RcpspProblem problem, int[] starts) {
        List<DeadlineMiss> missed = new ArrayList<>();
        for (int j = 0; j < starts.length; j++) {
            int finish = starts[j] + problem.duration[j];
            if (problem.deadline[j] != RcpspProblem.NO_DEADLINE && finish > problem.deadline[j]) {
                missed.add(new DeadlineMiss(j, problem.deadline[j], finish));
            }
        }
        return missed;
    }
}
