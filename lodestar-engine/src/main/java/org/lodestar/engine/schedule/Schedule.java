package org.lodestar.engine.schedule;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A scheduled plan: dates as {@link TimeAxis} minutes (worked out from working time when read), floats in working
 * minutes on each task's calendar, and the warnings about constraints that could not all be met. Indexed like the
 * plan's tasks.
 */
public final class Schedule {

    /** Something the schedule could not honour; the task is still scheduled, with negative float where it applies. */
    public record Warning(int task, Kind kind, int date, int earliest, String message) {
        public enum Kind {
            /** A "no later than" constraint that the predecessors make impossible. */
            CONSTRAINT_NOT_MET,
            /** The earliest finish falls after the task's deadline. */
            DEADLINE_MISSED,
            /** A "must start/finish on" date wins over predecessors that would need a later date. */
            PREDECESSOR_OVERRIDDEN
        }

        public LocalDateTime dateTime() {
            return TimeAxis.dateTime(date);
        }

        public LocalDateTime earliestDateTime() {
            return TimeAxis.dateTime(earliest);
        }
    }

    private final Plan plan;
    private final ScheduleDates dates;
    /** Scheduled dates where some tasks take their late dates; null when every task is at its early dates. */
    private final int[] start;
    private final int[] finish;
    private final int[] duration;
    private final int[] totalFloat;
    private final int[] freeFloat;
    private final boolean[] critical;
    private final int[] criticalPath;
    private final float[] percentComplete;
    private final long[] work;
    private final double[] cost;
    private final int projectStart;
    private final int projectFinish;
    private final List<Warning> warnings;

    Schedule(Plan plan, ScheduleDates dates, int[] start, int[] finish, int[] duration, int[] totalFloat,
             int[] freeFloat, boolean[] critical, int[] criticalPath, float[] percentComplete, long[] work,
             double[] cost, int projectStart, int projectFinish, List<Warning> warnings) {
        this.plan = plan;
        this.dates = dates;
        this.start = start;
        this.finish = finish;
        this.duration = duration;
        this.totalFloat = totalFloat;
        this.freeFloat = freeFloat;
        this.critical = critical;
        this.criticalPath = criticalPath;
        this.percentComplete = percentComplete;
        this.work = work;
        this.cost = cost;
        this.projectStart = projectStart;
        this.projectFinish = projectFinish;
        this.warnings = warnings;
    }

    public Plan plan() {
        return plan;
    }

    public int size() {
        return plan.size();
    }

    /** The scheduled start: the early start, or the late one for tasks as late as possible and backward plans. */
    public int start(int task) {
        return start == null ? earlyStart(task) : start[task];
    }

    public int finish(int task) {
        return finish == null ? earlyFinish(task) : finish[task];
    }

    public int earlyStart(int task) {
        return dates.date(task, ScheduleDates.EARLY_START);
    }

    public int earlyFinish(int task) {
        return dates.date(task, ScheduleDates.EARLY_FINISH);
    }

    public int lateStart(int task) {
        return dates.date(task, ScheduleDates.LATE_START);
    }

    public int lateFinish(int task) {
        return dates.date(task, ScheduleDates.LATE_FINISH);
    }

    /** Working minutes (elapsed for elapsed tasks); for summaries, the span of their children. */
    public int duration(int task) {
        return duration[task];
    }

    public int totalFloat(int task) {
        return totalFloat[task];
    }

    public int freeFloat(int task) {
        return freeFloat[task];
    }

    /** No float left (or less than none) and not yet complete. */
    public boolean isCritical(int task) {
        return critical[task];
    }

    /** The critical tasks and milestones (not summaries), ordered by early start. */
    public int[] criticalPath() {
        return criticalPath.clone();
    }

    public double percentComplete(int task) {
        return percentComplete == null ? 0 : percentComplete[task];
    }

    public long work(int task) {
        return work == null ? 0 : work[task];
    }

    public double cost(int task) {
        return cost == null ? 0 : cost[task];
    }

    public int projectStart() {
        return projectStart;
    }

    public int projectFinish() {
        return projectFinish;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    public LocalDateTime startDate(int task) {
        return TimeAxis.dateTime(start(task));
    }

    public LocalDateTime finishDate(int task) {
        return TimeAxis.dateTime(finish(task));
    }

    public LocalDateTime projectStartDate() {
        return TimeAxis.dateTime(projectStart);
    }

    public LocalDateTime projectFinishDate() {
        return TimeAxis.dateTime(projectFinish);
    }
}
