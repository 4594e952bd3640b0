package org.lodestar.solver;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import java.time.Duration;
import org.lodestar.engine.level.Leveler;
import org.lodestar.engine.level.Leveling;
import org.lodestar.engine.level.RcpspProblem;

/**
 * Shortest-makespan leveling with an exact CP-SAT model behind the engine's heuristic: the engine's genetic search
 * runs first for a share of the time limit; unless its makespan already equals the lower bound, CP-SAT takes the rest
 * with one interval per activity, a cumulative constraint per resource, the precedences with their lags, start
 * domains cut by the heuristic's makespan, and the heuristic schedule as a hint. The answer is the better of the two,
 * checked feasible, and flagged optimal when CP-SAT proved it (or it meets the lower bound). Problems too large for
 * the model to pay off within the limit (see {@link #fits}) get the heuristic alone.
 */
public final class CpSatLeveler {

    static {
        Loader.loadNativeLibraries();
    }

    private final Duration timeLimit;
    private final int workers;
    private final double heuristicShare;
    private final boolean growingShare;

    /**
     * @param timeLimit      the whole time limit, heuristic and exact model together (positive)
     * @param workers        CP-SAT's worker threads (at least 1)
     * @param heuristicShare the fraction of the limit given to the heuristic first, in (0, 1]
     */
    public CpSatLeveler(Duration timeLimit, int workers, double heuristicShare) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive: " + timeLimit);
        }
        if (!(heuristicShare > 0 && heuristicShare <= 1)) {
            throw new IllegalArgumentException("The heuristic share must be in (0, 1]: " + heuristicShare);
        }
        this.timeLimit = timeLimit;
        this.workers = Math.max(1, workers);
        this.heuristicShare = heuristicShare;
        this.growingShare = false;
    }

    private CpSatLeveler(Duration timeLimit, int workers) {
        this(timeLimit, workers, SMALL_SHARE);
    }

    private CpSatLeveler(CpSatLeveler fixed) {
        this.timeLimit = fixed.timeLimit;
        this.workers = fixed.workers;
        this.heuristicShare = fixed.heuristicShare;
        this.growingShare = true;
    }

    /** The heuristic's share on problems of up to 30 activities, where CP-SAT proves most optima within a second. */
    static final double SMALL_SHARE = 0.3;
    /** The heuristic's share from 120 activities on, where CP-SAT seldom improves its schedule within seconds. */
    static final double LARGE_SHARE = 0.9;

    /**
     * A leveler whose heuristic share grows with the problem: 30% of the limit up to 30 activities, 90% from 120,
     * linear between (see {@link #shareFor}).
     */
    public static CpSatLeveler withGrowingShare(Duration timeLimit, int workers) {
        return new CpSatLeveler(new CpSatLeveler(timeLimit, workers));
    }

    /** The heuristic's share of the limit on this problem. */
    double shareFor(RcpspProblem problem) {
        if (!growingShare) {
            return heuristicShare;
        }
        double n = problem.activities();
        double f = Math.max(0, Math.min(1, (n - 30) / 90));
        return SMALL_SHARE + f * (LARGE_SHARE - SMALL_SHARE);
    }

    /** The shortest schedule found within the time limit; never longer than the engine's heuristic alone. */
    public Leveling level(RcpspProblem problem, long seed) {
        long begin = System.nanoTime();
        boolean exact = fits(problem);
        Duration heuristicTime = exact ? Duration.ofNanos((long) (timeLimit.toNanos() * shareFor(problem))) : timeLimit;
        Leveling heuristic = Leveler.level(problem, Leveler.Mode.SHORTEST_MAKESPAN, heuristicTime, seed);
        long left = timeLimit.toNanos() - (System.nanoTime() - begin);
        if (heuristic.optimal() || !exact || left < 10_000_000) {
            return heuristic;
        }
        return improve(problem, heuristic, Duration.ofNanos(left), seed);
    }

    /**
     * Whether the exact model is worth building: up to a few hundred activities. Beyond that CP-SAT seldom improves a
     * good heuristic schedule within seconds, and the model's size grows with activities times resources.
     */
    static boolean fits(RcpspProblem problem) {
        return problem.activities() <= 300;
    }

    /** CP-SAT from the given schedule (its hint and upper bound) for at most the given time. */
    public Leveling improve(RcpspProblem problem, Leveling start, Duration time, long seed) {
        int n = problem.activities();
        int upper = start.makespan();
        int[] early = problem.earlyStarts();
        int[] tail = tails(problem);
        CpModel model = new CpModel();
        IntVar[] starts = new IntVar[n];
        IntervalVar[] intervals = new IntervalVar[n];
        IntVar makespan = model.newIntVar(start.lowerBound(), upper, "makespan");
        for (int j = 0; j < n; j++) {
            starts[j] = model.newIntVar(early[j], Math.max(early[j], upper - tail[j]), "s" + j);
            intervals[j] = model.newFixedSizeIntervalVar(starts[j], problem.duration(j), "a" + j);
            model.addGreaterOrEqual(makespan, LinearExpr.affine(starts[j], 1, problem.duration(j)));
            int[] predecessors = problem.predecessors(j);
            for (int k = 0; k < predecessors.length; k++) {
                int p = predecessors[k];
                model.addGreaterOrEqual(starts[j],
                        LinearExpr.affine(starts[p], 1, problem.duration(p) + problem.predecessorLag(j, k)));
            }
            model.addHint(starts[j], start.start(j));
        }
        for (int r = 0; r < problem.resources(); r++) {
            CumulativeConstraint cumulative = model.addCumulative(problem.capacity(r));
            for (int j = 0; j < n; j++) {
                if (problem.demand(j, r) > 0 && problem.duration(j) > 0) {
                    cumulative.addDemand(intervals[j], problem.demand(j, r));
                }
            }
            // reservations: fixed intervals, one per run of time with the same reserved units
            for (int t = 0; t < problem.reservedUntil(r); ) {
                int units = problem.reserved(r, t);
                int end = t + 1;
                while (end < problem.reservedUntil(r) && problem.reserved(r, end) == units) {
                    end++;
                }
                if (units > 0) {
                    cumulative.addDemand(model.newFixedInterval(t, end - t, "reserved" + r + "@" + t), units);
                }
                t = end;
            }
        }
        model.addHint(makespan, upper);
        model.minimize(makespan);

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(time.toNanos() / 1e9).setNumWorkers(workers)
                .setRandomSeed((int) seed);
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.INFEASIBLE) {
            throw new IllegalStateException("CP-SAT found no schedule at most as long as a feasible one: a model bug");
        }
        int bound = Math.max(start.lowerBound(), (int) Math.ceil(solver.bestObjectiveBound() - 1e-6));
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE
                || Math.round(solver.objectiveValue()) >= upper) {
            return Leveling.of(problem, start.starts(), Math.min(bound, upper), status == CpSolverStatus.OPTIMAL);
        }
        int[] found = new int[n];
        for (int j = 0; j < n; j++) {
            found[j] = (int) solver.value(starts[j]);
        }
        return Leveling.of(problem, found, bound, status == CpSolverStatus.OPTIMAL);
    }

    /** Per activity, its duration plus the longest chain of lags and durations after it. */
    private static int[] tails(RcpspProblem problem) {
        int n = problem.activities();
        int[] tail = new int[n];
        int[] order = problem.topologicalOrder();
        for (int i = n - 1; i >= 0; i--) {
            int j = order[i];
            tail[j] = Math.max(tail[j], problem.duration(j));
            int[] predecessors = problem.predecessors(j);
            for (int k = 0; k < predecessors.length; k++) {
                int p = predecessors[k];
                tail[p] = Math.max(tail[p], problem.duration(p) + problem.predecessorLag(j, k) + tail[j]);
            }
        }
        return tail;
    }
}
