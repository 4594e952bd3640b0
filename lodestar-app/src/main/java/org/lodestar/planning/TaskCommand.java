package org.lodestar.planning;

import java.util.Map;

/**
 * A task to create, or the fields of one to change (null leaves a field as it is), as text typed in Microsoft
 * Project: {@code duration} {@code 5d}/{@code 4ed}/{@code 0}; {@code start}, {@code finish}, {@code deadline},
 * {@code actualStart}, {@code actualFinish} as {@code 2026-01-12} or {@code 2026-01-12T08:00} (a start or finish
 * pins the task: "no earlier than"); {@code constraint} as {@code SNET 2026-01-12}, {@code ALAP} ...;
 * {@code predecessors} as {@code 3FS+2d, 5SS} (row numbers); {@code percentComplete} 0 to 100.
 * {@code notes} is plain text whose lines are kept (blank removes them). {@code splits} are a split task's pauses,
 * each the work before it and its length, as {@code 2d+1d, 7d+2d} (blank: not split). {@code fields} sets the
 * task's values of custom fields on tasks by field key (a blank value removes it; fields not named keep theirs).
 * On creation, {@code parentId} puts the task last under a summary, or {@code afterTaskId} below a row.
 */
public record TaskCommand(String name, Long parentId, Long afterTaskId, String duration, String start, String finish,
                          String constraint, String deadline, String predecessors, String percentComplete,
                          String actualStart, String actualFinish, String resources, String calendar, String notes,
                          String splits, Map<String, String> fields, Long version) {

    /** The most characters a task's notes hold. */
    public static final int MAX_NOTES = 20_000;
}
