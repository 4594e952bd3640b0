package org.lodestar.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagUnit;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.cpm.CpmException;
import org.mpxj.cpm.MicrosoftScheduler;
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
 * The peer of {@link ScheduleBenchmark}: MPXJ's reference scheduler ({@code org.mpxj.cpm.MicrosoftScheduler}, which
 * reproduces Microsoft Project) on the same {@link ScheduleNetwork}, converted to a {@code ProjectFile} in set-up.
 * It needs 20-40 s for 100,000 tasks on the machine of docs/benchmarks.md and grows faster than linearly, so a
 * million tasks is left out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class ScheduleMpxjBenchmark {

    @Param({"10000", "100000"})
    int tasks;

    private ProjectFile projectFile;

    @Setup
    public void generate() {
        projectFile = projectFile(new ScheduleNetwork(tasks, 42));
    }

    @Benchmark
    public ProjectFile mpxjMicrosoftScheduler() throws CpmException {
        new MicrosoftScheduler().schedule(projectFile, ScheduleNetwork.START);
        return projectFile;
    }

    /** The same network as an MPXJ project: same calendar and holidays, tasks in row order under their summaries. */
    static ProjectFile projectFile(ScheduleNetwork network) {
        ProjectFile file = new ProjectFile();
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        for (int year = ScheduleNetwork.FIRST_YEAR; year <= ScheduleNetwork.LAST_YEAR; year++) {
            for (LocalDate holiday : ScheduleNetwork.holidays(year)) calendar.addCalendarException(holiday);
        }
        file.setDefaultCalendar(calendar);
        Task[] rows = new Task[network.size];
        for (int task = 0; task < network.size; task++) {
            Task row = network.parent[task] < 0 ? file.addTask() : rows[network.parent[task]].addTask();
            row.setName(network.names[task]);
            if (network.summary[task]) {
                row.setSummary(true);
            } else {
                org.mpxj.TimeUnit unit = network.elapsed[task] ? org.mpxj.TimeUnit.ELAPSED_MINUTES
                        : org.mpxj.TimeUnit.MINUTES;
                row.setDuration(Duration.getInstance(network.durations[task], unit));
                row.setActualDuration(Duration.getInstance(0, unit));
                row.setRemainingDuration(Duration.getInstance(network.durations[task], unit));
                row.setMilestone(network.durations[task] == 0);
            }
            rows[task] = row;
        }
        for (int link = 0; link < network.links; link++) {
            rows[network.successor[link]].addPredecessor(new Relation.Builder()
                    .predecessorTask(rows[network.predecessor[link]])
                    .type(relationType(network.type[link]))
                    .lag(lag(network.lag[link], network.lagUnit[link])));
        }
        return file;
    }

    static RelationType relationType(DependencyType type) {
        return switch (type) {
            case FS -> RelationType.FINISH_START;
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
        };
    }

    static Duration lag(int value, LagUnit unit) {
        return switch (unit) {
            case WORKING -> Duration.getInstance(value, org.mpxj.TimeUnit.MINUTES);
            case ELAPSED -> Duration.getInstance(value, org.mpxj.TimeUnit.ELAPSED_MINUTES);
            case PERCENT -> Duration.getInstance(value / 100.0, org.mpxj.TimeUnit.PERCENT);
        };
    }
}
