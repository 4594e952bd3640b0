package org.lodestar.bench;

import java.util.concurrent.TimeUnit;
import org.lodestar.engine.schedule.Plan;
import org.lodestar.engine.schedule.Schedule;
import org.lodestar.engine.schedule.Scheduler;
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
 * Critical-path scheduling of a {@link ScheduleNetwork} of N tasks, two ways over the same network (the peer,
 * MPXJ's scheduler, is {@link ScheduleMpxjBenchmark}; {@code java -jar lodestar-bench.jar Schedule} runs all three):
 *
 * <ul>
 *   <li>{@code schedule}: Lodestar's {@link Scheduler#schedule(Plan)} (the plan is built in set-up);
 *   <li>{@code floor}: the least any critical-path pass must do over these arrays: successors in CSR form, integer
 *       durations, every link treated as finish-to-start with its lag in minutes, no calendar; Kahn's topological
 *       order, the forward pass and the backward pass, all inside the measurement as the scheduler must do them.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class ScheduleBenchmark {

    @Param({"10000", "100000", "1000000"})
    int tasks;

    private Plan plan;
    private Floor floor;

    @Setup
    public void generate() {
        ScheduleNetwork network = new ScheduleNetwork(tasks, 42);
        plan = network.plan();
        floor = new Floor(network);
    }

    @Benchmark
    public Schedule schedule() {
        return Scheduler.schedule(plan);
    }

    @Benchmark
    public int floor() {
        return floor.run();
    }

    /** The floor: a plain topological forward and backward pass over CSR arrays, finish-to-start only. */
    static final class Floor {
        private final int size;
        private final int[] durations;
        private final int[] firstSuccessor;   // CSR: t's successors are successors[firstSuccessor[t]..[t + 1])
        private final int[] successors;
        private final int[] lags;             // minutes, per CSR slot
        private final int[] indegree;
        private final int[] order;
        private final int[] earlyStart;
        private final int[] earlyFinish;
        private final int[] lateStart;
        private final int[] lateFinish;

        Floor(ScheduleNetwork network) {
            size = network.size;
            durations = network.durations.clone();
            firstSuccessor = new int[size + 1];
            for (int link = 0; link < network.links; link++) firstSuccessor[network.predecessor[link] + 1]++;
            for (int task = 0; task < size; task++) firstSuccessor[task + 1] += firstSuccessor[task];
            successors = new int[network.links];
            lags = new int[network.links];
            int[] next = firstSuccessor.clone();
            for (int link = 0; link < network.links; link++) {
                int slot = next[network.predecessor[link]]++;
                successors[slot] = network.successor[link];
                lags[slot] = switch (network.lagUnit[link]) {
                    case WORKING, ELAPSED -> network.lag[link];
                    case PERCENT -> (int) ((long) durations[network.predecessor[link]] * network.lag[link] / 10_000);
                };
            }
            indegree = new int[size];
            order = new int[size];
            earlyStart = new int[size];
            earlyFinish = new int[size];
            lateStart = new int[size];
            lateFinish = new int[size];
        }

        /** Returns the project's length in minutes. */
        int run() {
            java.util.Arrays.fill(indegree, 0);
            for (int slot = 0; slot < successors.length; slot++) indegree[successors[slot]]++;
            int head = 0;
            int tail = 0;
            for (int task = 0; task < size; task++) if (indegree[task] == 0) order[tail++] = task;
            java.util.Arrays.fill(earlyStart, 0);
            while (head < tail) {
                int task = order[head++];
                int finish = earlyStart[task] + durations[task];
                earlyFinish[task] = finish;
                for (int slot = firstSuccessor[task]; slot < firstSuccessor[task + 1]; slot++) {
                    int successor = successors[slot];
                    int start = finish + lags[slot];
                    if (start > earlyStart[successor]) earlyStart[successor] = start;
                    if (--indegree[successor] == 0) order[tail++] = successor;
                }
            }
            if (tail != size) throw new IllegalStateException("cycle");
            int projectFinish = 0;
            for (int task = 0; task < size; task++) projectFinish = Math.max(projectFinish, earlyFinish[task]);
            for (int i = size - 1; i >= 0; i--) {
                int task = order[i];
                int finish = projectFinish;
                for (int slot = firstSuccessor[task]; slot < firstSuccessor[task + 1]; slot++) {
                    int limit = lateStart[successors[slot]] - lags[slot];
                    if (limit < finish) finish = limit;
                }
                lateFinish[task] = finish;
                lateStart[task] = finish - durations[task];
            }
            return projectFinish;
        }
    }
}
