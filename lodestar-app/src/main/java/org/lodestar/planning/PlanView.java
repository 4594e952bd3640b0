package org.lodestar.planning;

import java.util.List;

/**
 * A project's plan with its computed schedule, as the plan page and the API show it. Date-times are local to the
 * project's calendar, as {@code yyyy-MM-ddTHH:mm}; dates as {@code yyyy-MM-dd}; durations and floats as typed in
 * Microsoft Project ({@code 5d}, {@code 4ed}, {@code -2d}). {@code version} is the plan's revision, to send back
 * with a change. {@code row} is a task's 1-based position in the outline, which predecessor text refers to.
 */
public record PlanView(long projectId, String code, String name, long version, long calendarId, String start,
                       String finish, String statusDate, String today, int minutesPerDay, int minutesPerWeek,
                       int daysPerMonth, Integer baselineNumber, boolean scheduledBackward, List<Task> tasks,
                       List<Link> links, List<Long> criticalPath, List<Warning> warnings) {

    /**
     * One row of the plan with its computed dates; {@code sourceUid} and {@code source} name the task of a Microsoft
     * Project or Primavera file it was imported from (null for tasks made here).
     */
    public record Task(long id, int row, String wbs, int level, Long parentId, boolean summary, boolean milestone,
                       String name, String duration, int durationMinutes, boolean elapsed, String start,
                       String finish, String earlyStart, String earlyFinish, String lateStart, String lateFinish,
                       String totalFloat, String freeFloat, boolean critical, int percentComplete,
                       String predecessors, String resources, String constraint, String deadline,
                       String actualStart, String actualFinish, Long calendarId, String baselineStart,
                       String baselineFinish, Long sourceUid, String source) {
    }

    /** A dependency between two tasks (by id): type FS, SS, FF or SF, and the lag or lead as typed. */
    public record Link(long id, long from, long to, String type, String lag) {
    }

    /** Something the schedule could not honour (a constraint, a deadline), about one task. */
    public record Warning(long taskId, String kind, String message) {
    }
}
