package org.lodestar.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.lodestar.engine.health.HealthRollup;
import org.lodestar.engine.health.Rag;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rolls up the health of a portfolio of N projects (budget-weighted and worst-of) beside the floor: one plain loop
 * summing the same budget array, the least any roll-up over these arrays must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HealthRollupBenchmark {

    @Param({"10000", "1000000"})
    int projects;

    private Rag[] ratings;
    private Rag[] ratingsWithoutRed;
    private double[] budgets;
    private final HealthRollup rollup = HealthRollup.standard();

    @Setup
    public void generate() {
        Random random = new Random(42);
        ratings = new Rag[projects];
        budgets = new double[projects];
        for (int i = 0; i < projects; i++) {
            int draw = random.nextInt(100);
            ratings[i] = draw < 5 ? null : draw < 70 ? Rag.GREEN : draw < 90 ? Rag.AMBER : Rag.RED;
            budgets[i] = 100_000 + random.nextInt(5_000_000);
        }
        // worst-of stops at the first red project; without red it must scan every project
        ratingsWithoutRed = ratings.clone();
        for (int i = 0; i < projects; i++) if (ratingsWithoutRed[i] == Rag.RED) ratingsWithoutRed[i] = Rag.AMBER;
    }

    @Benchmark
    public Rag weighted() {
        return rollup.weighted(ratings, budgets);
    }

    @Benchmark
    public Rag worstOfWithoutRed() {
        return HealthRollup.worstOf(ratingsWithoutRed);
    }

    @Benchmark
    public double floorSumOfBudgets() {
        double total = 0;
        for (double budget : budgets) total += budget;
        return total;
    }
}
