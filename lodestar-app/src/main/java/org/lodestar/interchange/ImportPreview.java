package org.lodestar.interchange;

import java.util.List;

/**
 * What an import would do to a project's plan, before anything is written: the projects the file holds (the one
 * previewed is {@code project}), the counts of tasks added, changed, removed and unchanged, the field-level
 * differences of each changed task, the tasks added and removed, every warning about what could not be carried
 * over, and what Lodestar does not store; {@code fields} the custom fields of the file's tasks, each with the
 * Lodestar task field it goes to (null: not imported). Confirm it by {@code id} before {@code expires}.
 */
public record ImportPreview(String id, long projectId, String fileName, String format, List<String> projects,
                            int project, int added, int changed, int removed, int unchanged,
                            List<TaskChange> changes, List<TaskLine> addedTasks, List<TaskLine> removedTasks,
                            List<String> warnings, List<String> notStored, String expires,
                            List<FileField> fields) {

    /**
     * A custom field of the file's tasks: its {@code id} in the file (TEXT1, a P6 user field's name), {@code label}
     * (its alias), {@code type} as the file keeps it, how many tasks hold a value, and the key of the Lodestar task
     * field it goes to ({@code mappedTo}, null when not imported).
     */
    public record FileField(String id, String label, String type, int values, String mappedTo) {
    }

    /** A task of the plan the file changes, with each field that changes. */
    public record TaskChange(long taskId, Long sourceUid, String name, List<FieldChange> fields) {
    }

    /** One field of a task, as the plan shows it before and after. */
    public record FieldChange(String field, String before, String after) {
    }

    /** A task added (no id yet) or removed (with its id). */
    public record TaskLine(Long taskId, Long sourceUid, String name) {
    }
}
