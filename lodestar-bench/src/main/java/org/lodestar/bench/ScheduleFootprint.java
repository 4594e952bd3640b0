package org.lodestar.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.lodestar.engine.schedule.Plan;
import org.lodestar.engine.schedule.Schedule;
import org.lodestar.engine.schedule.Scheduler;

/**
 * Heap bytes per task held by a {@link Plan} and its {@link Schedule}, measured as the growth of the used heap after
 * full collections. The generated network's own arrays, task names included, are alive before and after, so they
 * are not counted: a plan that keeps the caller's name strings pays one reference per task for them.
 *
 * <p>Run: {@code java -Xmx8g -cp lodestar-bench/target/lodestar-bench.jar org.lodestar.bench.ScheduleFootprint [tasks]}
 */
public final class ScheduleFootprint {

    public static void main(String[] args) {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        ScheduleNetwork network = new ScheduleNetwork(tasks, 42);
        Scheduler.schedule(new ScheduleNetwork(1_000, 7).plan()); // load and initialise the engine's classes first
        long before = usedHeapAfterGc();
        Plan plan = network.plan();
        long withPlan = usedHeapAfterGc();
        Schedule schedule = Scheduler.schedule(plan);
        long withSchedule = usedHeapAfterGc();
        System.out.printf("tasks %,d, links %,d%n", tasks, network.links);
        System.out.printf("plan      %,d bytes, %.1f bytes/task%n", withPlan - before,
                (withPlan - before) / (double) tasks);
        System.out.printf("schedule  %,d bytes, %.1f bytes/task%n", withSchedule - withPlan,
                (withSchedule - withPlan) / (double) tasks);
        System.out.printf("together  %.1f bytes/task (goal <= 300)%n", (withSchedule - before) / (double) tasks);
        // keep everything reachable until the last measurement
        if (plan.size() != schedule.size() || network.size != tasks) throw new AssertionError();
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
