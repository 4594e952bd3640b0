package org.lodestar.planning;

import java.util.List;
import org.lodestar.planning.internal.DraftTask;

/**
 * Planning's rule for the work of assignments: Microsoft Project's default, fixed units. An assignment's work is its
 * task's duration times its units ({@code 5d} at 50 % of an 8-hour day is 20 hours); a change of duration changes
 * the work, a change of units changes the work, and the duration never follows the work (work is not kept or typed).
 * An elapsed duration counts every hour of it, as in Microsoft Project. The contour is flat: the work is spread
 * evenly over the task's working time.
 */
public final class AssignmentWork {

    private AssignmentWork() {
    }

    /** An assignment's work in minutes: the duration in minutes times the units in percent, rounded. */
    public static long minutes(int durationMinutes, int units) {
        return Math.round(durationMinutes * (double) units / 100.0);
    }

    /**
     * A task's planned work in minutes: the sum of its assignments' work when it has assignments; else, as before
     * assignments existed, its duration times the number of people its {@code resources} text names (one when it
     * names none).
     */
    static long plannedMinutes(DraftTask task) {
        return plannedMinutes(task.duration, task.assignments.stream().map(a -> a.units).toList(), task.resources);
    }

    static long plannedMinutes(int durationMinutes, List<Integer> units, String resources) {
        if (!units.isEmpty()) return units.stream().mapToLong(u -> minutes(durationMinutes, u)).sum();
        return (long) durationMinutes * Math.max(1, ActualWork.people(resources));
    }
}
