package org.lodestar.planning;

import java.util.List;
import java.util.Map;

/**
 * A whole plan, replacing the stored one in one transaction. Tasks are listed in outline order and named by keys
 * of the client's choosing; {@code parentKey} names an earlier task. Dependencies refer to tasks by key.
 * {@code start} (forward scheduling) or {@code finish} (backward) is required; {@code version} is the plan's.
 * A task that gives the {@code id} of a task of the stored plan is that task, changed in place: it keeps its id,
 * its history and its values in saved baselines (its key defaults to its id). A task without id is new, and a
 * stored task the plan leaves out is deleted with its baseline values.
 */
public record PlanCommand(String start, String finish, String statusDate, Long calendarId, List<Task> tasks,
                          List<Dependency> dependencies, Long version) {

    /**
     * One task; fields as in {@link TaskCommand}; {@code id} keeps a stored task (null: a new one).
     * {@code sourceUid} and {@code source} record the task of a project file it was imported from, so that a later
     * import of the same file finds it; null on a kept task leaves them as stored. So do null {@code notes} (blank
     * removes them), {@code splits} and {@code fields}: a client that does not know them keeps them.
     */
    public record Task(Long id, String key, String parentKey, String name, String duration, String constraint,
                       String deadline, String percentComplete, String actualStart, String actualFinish,
                       String resources, String calendar, Long sourceUid, String source, String notes,
                       String splits, Map<String, String> fields) {

        /** An imported task without notes. */
        public Task(Long id, String key, String parentKey, String name, String duration, String constraint,
                    String deadline, String percentComplete, String actualStart, String actualFinish,
                    String resources, String calendar, Long sourceUid, String source) {
            this(id, key, parentKey, name, duration, constraint, deadline, percentComplete, actualStart,
                    actualFinish, resources, calendar, sourceUid, source, null, null, null);
        }

        /** A task made here, not imported. */
        public Task(Long id, String key, String parentKey, String name, String duration, String constraint,
                    String deadline, String percentComplete, String actualStart, String actualFinish,
                    String resources, String calendar) {
            this(id, key, parentKey, name, duration, constraint, deadline, percentComplete, actualStart,
                    actualFinish, resources, calendar, null, null, null, null, null);
        }
    }

    /** A dependency: type FS (default), SS, FF or SF, lag as typed. */
    public record Dependency(String predecessor, String successor, String type, String lag) {
    }
}
