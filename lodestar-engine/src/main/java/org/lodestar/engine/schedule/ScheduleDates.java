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
        if (plan.mode == ScheduleMode.PRIMAVERA_P6 && plan.childStart[task + 1] == plan.childStart[task]) {
            int actual = actualDate(task, which);
            if (actual != TimeAxis.NONE) return actual;
        }
        if (exact != null && (plan.isElapsed(task) || plan.childStart[task + 1] > plan.childStart[task])) {
            return exact[which][task];
        }
        return Scheduler.date(plan.calendars.length == 1 ? plan.calendars[0] : plan.calendarOf(task),
                keys[4 * task + which]);
    }

    /**
     * P6 keeps actual dates as entered, even outside working time (an actual start at 00:00 stays there): the early
     * start of a started activity, the early finish of a complete one, and of one in progress with nothing remaining
     * (it finishes at its actual start). The schedule's keys still move them to working time for the successors.
     */
    private int actualDate(int task, int which) {
        int start = plan.actualStart(task);
        int finish = plan.actualFinish(task);
        if (which == EARLY_START) return start;
        if (which != EARLY_FINISH) return TimeAxis.NONE;
        if (finish != TimeAxis.NONE) return finish;
        boolean nothingLeft = start != TimeAxis.NONE && plan.statusDate != TimeAxis.NONE && plan.remaining != null
                && plan.remaining[task] == 0;
        return nothingLeft ? start : TimeAxis.NONE;
    }
}
