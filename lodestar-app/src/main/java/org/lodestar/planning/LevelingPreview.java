package org.lodestar.planning;

import java.util.List;

/**
 * What leveling a project's plan would do, before anything is written: the plan's {@code version} it was computed
 * from (send it back to apply), the {@code mode}, the project's finish before and after, the tasks that move, the
 * deadlines and hard bookings it cannot keep, and the people's load per week before and after ({@code weeks} are
 * the Mondays, each person's figures in percent of their capacity, other projects' work included).
 */
public record LevelingPreview(long projectId, long version, String mode, String finishBefore, String finishAfter,
                              List<Move> moves, List<Miss> misses, List<String> weeks, List<PersonLoad> people) {

    /**
     * A task that starts later: {@code days} working days later than now; {@code delay} the leveling delay it gets
     * ({@code 3d}, empty when it only follows a predecessor that moved); {@code people} those whose other work
     * delays it; {@code pushedBy} the predecessor that pushed it, or null.
     */
    public record Move(long taskId, int row, String name, String startBefore, String startAfter, int days,
                       String delay, List<String> people, String pushedBy) {
    }

    /**
     * A date leveling cannot keep: {@code kind} DEADLINE (the task finishes {@code daysLate} working days after
     * {@code date}) or HARD_BOOKING (a hard-booked task moves by {@code daysLate} days from {@code date}).
     */
    public record Miss(long taskId, int row, String name, String kind, String date, int daysLate) {
    }

    /** One person's load per week, in percent of capacity, before and after leveling (same order as the weeks). */
    public record PersonLoad(long resourceId, String name, List<Integer> before, List<Integer> after) {
    }
}
