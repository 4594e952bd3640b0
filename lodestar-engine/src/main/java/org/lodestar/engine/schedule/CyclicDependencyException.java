package org.lodestar.engine.schedule;

import java.util.Arrays;
import java.util.List;

/** The dependencies (with the outline) form a cycle, so no schedule exists; names the tasks along it. */
public final class CyclicDependencyException extends RuntimeException {

    private final int[] tasks;
    private final List<String> taskNames;

    CyclicDependencyException(int[] tasks, Plan plan) {
        this(tasks, Arrays.stream(tasks).mapToObj(plan::name).toList());
    }

    private CyclicDependencyException(int[] tasks, List<String> taskNames) {
        super("Dependency cycle: " + String.join(" -> ", taskNames) + " -> " + taskNames.get(0));
        this.tasks = tasks;
        this.taskNames = taskNames;
    }

    /** Task indices along the cycle, each following the one before; the last leads back to the first. */
    public int[] tasks() {
        return tasks.clone();
    }

    public List<String> taskNames() {
        return taskNames;
    }
}
