package org.lodestar.planning;

import java.util.List;
import java.util.Map;

/**
 * A project's plan with its computed schedule, as the plan page and the API show it. Date-times are local to the
 * project's calendar, as {@code yyyy-MM-ddTHH:mm}; dates as {@code yyyy-MM-dd}; durations and floats as typed in
 * Microsoft Project ({@code 5d}, {@code 4ed}, {@code -2d}). {@code version} is the plan's revision, to send back
 * with a change. {@code row} is a task's 1-based position in the outline, which predecessor text refers to.
 * {@code schedulingRules} is MICROSOFT_PROJECT or PRIMAVERA_P6; {@code progressedActivities} and {@code
 * lagCalendar} are P6's options, which schedule the plan under P6's rules only.
 */
public record PlanView(long projectId, String code, String name, long version, long calendarId, String start,
                       String finish, String statusDate, String today, int minutesPerDay, int minutesPerWeek,
                       int daysPerMonth, Integer baselineNumber, boolean scheduledBackward, String schedulingRules,
                       String progressedActivities, String lagCalendar, List<Task> tasks, List<Link> links,
                       List<Long> criticalPath, List<Warning> warnings) {

    /**
     * One row of the plan with its computed dates; {@code sourceUid} and {@code source} name the task of a Microsoft
     * Project or Primavera file it was imported from (null for tasks made here). {@code resources} is the free text
     * (as imported or typed); {@code assignments} the pool resources assigned to it; {@code levelingDelay} the
     * leveling delay in days as typed ({@code 3d}), empty when the task is not leveled; {@code notes} plain text
     * whose lines are kept, null when the task has none; {@code splits} a split task's pauses as typed ({@code 2d+1d}: after
     * 2 days of work, 1 day's pause), empty when it is not split; {@code segments} the stretches of work between
     * the pauses of a split task not started yet, as the Gantt draws them (empty otherwise: one bar); {@code fields}
     * its values of custom fields on tasks, stored form by field key.
     */
    public record Task(long id, int row, String wbs, int level, Long parentId, boolean summary, boolean milestone,
                       String name, String duration, int durationMinutes, boolean elapsed, String start,
                       String finish, String earlyStart, String earlyFinish, String lateStart, String lateFinish,
                       String totalFloat, String freeFloat, boolean critical, int percentComplete,
                       String predecessors, String resources, String constraint, String deadline,
                       String actualStart, String actualFinish, Long calendarId, String baselineStart,
                       String baselineFinish, Long sourceUid, String source, List<Assignment> assignments,
                       String levelingDelay, String notes, String splits, List<Segment> segments,
                       Map<String, String> fields) {

        /** A task that is not leveled. */
        public Task(long id, int row, String wbs, int level, Long parentId, boolean summary, boolean milestone,
                    String name, String duration, int durationMinutes, boolean elapsed, String start,
                    String finish, String earlyStart, String earlyFinish, String lateStart, String lateFinish,
                    String totalFloat, String freeFloat, boolean critical, int percentComplete,
                    String predecessors, String resources, String constraint, String deadline,
                    String actualStart, String actualFinish, Long calendarId, String baselineStart,
                    String baselineFinish, Long sourceUid, String source, List<Assignment> assignments) {
            this(id, row, wbs, level, parentId, summary, milestone, name, duration, durationMinutes, elapsed, start,
                    finish, earlyStart, earlyFinish, lateStart, lateFinish, totalFloat, freeFloat, critical,
                    percentComplete, predecessors, resources, constraint, deadline, actualStart, actualFinish,
                    calendarId, baselineStart, baselineFinish, sourceUid, source, assignments, "", null, "", List.of(), Map.of());
        }

        /** A task without assignments. */
        public Task(long id, int row, String wbs, int level, Long parentId, boolean summary, boolean milestone,
                    String name, String duration, int durationMinutes, boolean elapsed, String start,
                    String finish, String earlyStart, String earlyFinish, String lateStart, String lateFinish,
                    String totalFloat, String freeFloat, boolean critical, int percentComplete,
                    String predecessors, String resources, String constraint, String deadline,
                    String actualStart, String actualFinish, Long calendarId, String baselineStart,
                    String baselineFinish, Long sourceUid, String source) {
            this(id, row, wbs, level, parentId, summary, milestone, name, duration, durationMinutes, elapsed, start,
                    finish, earlyStart, earlyFinish, lateStart, lateFinish, totalFloat, freeFloat, critical,
                    percentComplete, predecessors, resources, constraint, deadline, actualStart, actualFinish,
                    calendarId, baselineStart, baselineFinish, sourceUid, source, List.of(), "", null, "", List.of(), Map.of());
        }
    }

    /**
     * A pool resource assigned to a task: {@code resource} its pool id and {@code name}; {@code units} in percent;
     * {@code work} in hours, computed as the task's duration times the units ({@link AssignmentWork});
     * {@code booking} SOFT or HARD; {@code contour} FLAT; {@code label} as the grid and Gantt show it,
     * {@code Ana Silva [50%]}; {@code absent} whether the resource is absent on a day of the task.
     */
    /** A stretch of a split task's work. */
    public record Segment(String start, String finish) {
    }

    public record Assignment(long id, long taskId, long resource, String name, int units, double work,
                             String booking, String contour, String label, boolean absent) {
    }

    /** A dependency between two tasks (by id): type FS, SS, FF or SF, and the lag or lead as typed. */
    public record Link(long id, long from, long to, String type, String lag) {
    }

    /** Something the schedule could not honour (a constraint, a deadline), about one task. */
    public record Warning(long taskId, String kind, String message) {
    }
}
