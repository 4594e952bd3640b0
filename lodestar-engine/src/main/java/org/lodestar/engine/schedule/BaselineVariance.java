package org.lodestar.engine.schedule;

/**
 * How a schedule differs from a saved baseline: start, finish and duration variance in working minutes on each
 * task's calendar (positive = later or longer than planned), {@link TimeAxis#NONE} where a task has no baseline.
 */
public final class BaselineVariance {

    private final int[] start;
    private final int[] finish;
    private final int[] duration;

    private BaselineVariance(int[] start, int[] finish, int[] duration) {
        this.start = start;
        this.finish = finish;
        this.duration = duration;
    }

    /** Baseline arrays are indexed by task and hold {@link TimeAxis#NONE} for tasks added since. */
    public static BaselineVariance compare(Schedule schedule, int[] baselineStart, int[] baselineFinish,
                                           int[] baselineDuration) {
        Plan plan = schedule.plan();
        int n = plan.size();
        if (baselineStart.length != n || baselineFinish.length != n || baselineDuration.length != n) {
            throw new IllegalArgumentException("Baseline arrays must have one entry per task (" + n + ")");
        }
        int[] start = new int[n];
        int[] finish = new int[n];
        int[] duration = new int[n];
        for (int t = 0; t < n; t++) {
            WorkCalendar calendar = plan.calendarOf(t);
            start[t] = variance(calendar, baselineStart[t], schedule.start(t));
            finish[t] = variance(calendar, baselineFinish[t], schedule.finish(t));
            duration[t] = baselineDuration[t] == TimeAxis.NONE ? TimeAxis.NONE
                    : schedule.duration(t) - baselineDuration[t];
        }
        return new BaselineVariance(start, finish, duration);
    }

    private static int variance(WorkCalendar calendar, int baseline, int actual) {
        return baseline == TimeAxis.NONE ? TimeAxis.NONE : calendar.workingMinutesBetween(baseline, actual);
    }

    public int startVariance(int task) {
        return start[task];
    }

    public int finishVariance(int task) {
        return finish[task];
    }

    public int durationVariance(int task) {
        return duration[task];
    }
}
