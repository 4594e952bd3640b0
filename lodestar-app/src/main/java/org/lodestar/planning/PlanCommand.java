package org.lodestar.planning;

import java.util.List;

/**
 * A whole plan, replacing the stored one in one transaction. Tasks are listed in outline order and named by keys
 * of the client's choosing; {@code parentKey} names an earlier task. Dependencies refer to tasks by key.
 * {@code start} (forward scheduling) or {@code finish} (backward) is required; {@code version} is the plan's.
 */
public record PlanCommand(String start, String finish, String statusDate, Long calendarId, List<Task> tasks,
                          List<Dependency> dependencies, Long version) {

    /** One task; fields as in {@link TaskCommand}. */
    public record Task(String key, String parentKey, String name, String duration, String constraint,
                       String deadline, String percentComplete, String actualStart, String actualFinish,
                       String resources, String calendar) {
    }

    /** A dependency: type FS (default), SS, FF or SF, lag as typed. */
    public record Dependency(String predecessor, String successor, String type, String lag) {
    }
}
