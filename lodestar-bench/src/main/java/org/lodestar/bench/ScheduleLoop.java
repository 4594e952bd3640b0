package org.lodestar.bench;

import org.lodestar.engine.schedule.Plan;
import org.lodestar.engine.schedule.Scheduler;

/**
 * A steadier check than JMH gives on a busy machine: the scheduler and the floor of {@link ScheduleBenchmark}
 * alternate in one JVM on the same network, round after round, each round printed; read the last rounds.
 *
 * <p>Run: {@code java -Xms8g -Xmx8g -cp lodestar-bench/target/lodestar-bench.jar org.lodestar.bench.ScheduleLoop
 * 1000000 25} (tasks, rounds).
 */
public final class ScheduleLoop {

    public static void main(String[] args) {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        ScheduleNetwork network = new ScheduleNetwork(tasks, 42);
        Plan plan = network.plan();
        ScheduleBenchmark.Floor floor = new ScheduleBenchmark.Floor(network);
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            int scheduled = Scheduler.schedule(plan).size();
            long middle = System.nanoTime();
            int length = floor.run();
            long end = System.nanoTime();
            System.out.printf("round %d: schedule %.1f ms, floor %.1f ms (%d tasks, %d minutes)%n", round,
                    (middle - start) / 1e6, (end - middle) / 1e6, scheduled, length);
        }
    }
}
