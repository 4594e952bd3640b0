package org.lodestar.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.lodestar.engine.evm.EarnedValue;
import org.lodestar.engine.evm.PortfolioRollup;
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
 * Rolls the earned value of N projects × 36 months up at month 18 (per-project CPI and SPI written out, portfolio
 * totals returned) beside the floor: one plain loop summing the same three arrays of monthly PV, EV and AC, the
 * least any roll-up over these arrays must read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvmRollupBenchmark {

    @Param({"10000"})
    int projects;

    @Param({"36"})
    int months;

    private double[] pv;
    private double[] ev;
    private double[] ac;
    private double[] cpi;
    private double[] spi;
    private PortfolioRollup rollup;

    @Setup
    public void generate() {
        Random random = new Random(42);
        int cells = projects * months;
        pv = new double[cells];
        ev = new double[cells];
        ac = new double[cells];
        for (int i = 0; i < cells; i++) {
            pv[i] = 1_000 + random.nextInt(100_000);
            ev[i] = pv[i] * (0.7 + 0.5 * random.nextDouble());
            ac[i] = pv[i] * (0.8 + 0.5 * random.nextDouble());
        }
        cpi = new double[projects];
        spi = new double[projects];
        rollup = new PortfolioRollup(projects, months, pv, ev, ac);
    }

    @Benchmark
    public EarnedValue rollUp() {
        return rollup.rollUp(months / 2, cpi, spi);
    }

    @Benchmark
    public double floorSumOfThreeArrays() {
        double p = 0, e = 0, a = 0;
        for (int i = 0; i < pv.length; i++) {
            p += pv[i];
            e += ev[i];
            a += ac[i];
        }
        return p + e + a;
    }
}
