package org.lodestar.engine.level;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Resource leveling of an {@link RcpspProblem}: starts that respect precedences, releases and capacities. Two modes:
 * <ul>
 *   <li>{@link Mode#DELAY_ONLY}, like Microsoft Project's leveling: activities are taken in the order of leveling
 *   priority (higher first), then least total slack, then index, and each is only ever delayed from its early start
 *   to the first time its resources are free. Fast and predictable; no search.</li>
 *   <li>{@link Mode#SHORTEST_MAKESPAN}: the serial scheme with priority rules, forward-backward improvement and an
 *   activity-list genetic algorithm until the time limit, the schedule budget, or a makespan equal to the lower
 *   bound. The exact CP-SAT model lives in lodestar-solver ({@code CpSatLeveler}).</li>
 * </ul>
 * The time limit is read on {@link System#nanoTime()} unless the caller passes another clock (a benchmark on a shared
 * machine passes the thread's CPU time); with a schedule budget and an ample time limit the result depends only on
 * the problem and the seed. A thread interrupt stops the search early with the best
 * schedule so far (the caller decides whether to use it).
 */
public final class Leveler {

    /** What the leveling aims at. */
    public enum Mode {
        /** Only delay activities, in priority order, as Microsoft Project does. */
        DELAY_ONLY,
        /** Search for the shortest makespan within the time limit. */
        SHORTEST_MAKESPAN
    }

    private Leveler() {
    }

    /**
     * Levels the problem within the time limit.
     *
     * @param timeLimit wall-clock limit on the search (positive); DELAY_ONLY takes far less
     * @param seed      the seed of the search's random choices
     */
    public static Leveling level(RcpspProblem problem, Mode mode, Duration timeLimit, long seed) {
        return level(problem, mode, timeLimit, Long.MAX_VALUE, seed);
    }

    /**
     * The same with a budget of generated schedules (each run of the serial scheme counts one); the search stops at
     * whichever limit comes first.
     */
    public static Leveling level(RcpspProblem problem, Mode mode, Duration timeLimit, long maxSchedules, long seed) {
        return level(problem, mode, timeLimit, maxSchedules, seed, System::nanoTime);
    }

    /**
     * The same with the clock the time limit is read on.
     *
     * @param nanoClock a monotonic count of nanoseconds, such as {@link System#nanoTime()} or a thread's CPU time
     */
    public static Leveling level(RcpspProblem problem, Mode mode, Duration timeLimit, long maxSchedules, long seed,
            LongSupplier nanoClock) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive: " + timeLimit);
        }
        int lowerBound = problem.lowerBound();
        if (mode == Mode.DELAY_ONLY) {
            return Leveling.of(problem, SerialScheme.schedule(problem, PriorityRule.PRIORITY), lowerBound, false);
        }
        long stopAt = nanoClock.getAsLong() + timeLimit.toNanos();
        int[] starts = new GeneticSearch(problem, seed, nanoClock, stopAt, maxSchedules).run();
        return Leveling.of(problem, starts, lowerBound, false);
    }
}
