package org.lodestar.engine.schedule;

/**
 * A schedule's dates as the scheduler left them: keys in working time (see {@link Scheduler}), turned into dates
 * only when read, so a caller that needs a few dates of a large schedule (a Monte Carlo run wants the finish and
 * the critical tasks) does not pay for converting them all. Elapsed tasks, and summaries in plans that have them,
 * keep exact dates.
 */
final class ScheduleDates {

    static final int EARLY_START = 0;
    static final int EARLY_FINISH = 1;
    static final int LATE_START = 2;
    static final int LATE_FINISH = 3;

    private final Plan plan;
    private final int[] keys;
    private final int[][] exact;

    ScheduleDates(Plan plan, int[] keys, int[][] exact) {
        this.plan = plan;
        this.keys = keys;
        this.exact = exact;
    }

    int date(int task, int which) {
        if (exact != null && (plan.isElapsed(task) || plan.childStart[task + 1] > plan.childStart[task])) {
            return exact[which][task];
        }
        return Scheduler.date(plan.calendars.length == 1 ? plan.calendars[0] : plan.calendarOf(task),
                keys[4 * task + which]);
    }
}
